import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs `briefing batch` as a process the test talks to while it runs: writes records when it
/// likes, reads lines as they come, sends signals, closes pipes.
final class BatchRunner: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private var buffered = Data()
    private let errorData = LockedData()

    /// Starts `briefing` with `arguments`; standard input is a pipe unless `stdinFile` is given.
    init(_ arguments: [String], stdinFile: URL? = nil, in directory: URL = CommandRunner.repository) throws {
        process.executableURL = CommandRunner.productsDirectory.appendingPathComponent("briefing")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = output
        process.standardError = errors
        if let stdinFile {
            process.standardInput = try FileHandle(forReadingFrom: stdinFile)
        } else {
            process.standardInput = input
        }
        try process.run()
        let errorHandle = errors.fileHandleForReading
        let collected = errorData
        Thread {
            collected.append(errorHandle.readDataToEndOfFile())
        }.start()
    }

    /// Writes to the process's standard input.
    func write(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    /// The next line of standard output (without its line feed), or `nil` at its end.
    func readLine() -> String? {
        while true {
            if let newline = buffered.firstIndex(of: 0x0A) {
                let line = buffered[buffered.startIndex..<newline]
                buffered = Data(buffered[(newline + 1)...])
                return String(decoding: line, as: UTF8.self)
            }
            let more = output.fileHandleForReading.availableData
            if more.isEmpty {
                return nil
            }
            buffered.append(more)
        }
    }

    /// Stops reading standard output, as a consumer that has seen enough (`head`) does.
    func closeOutput() {
        try? output.fileHandleForReading.close()
    }

    /// What is left on standard output, once the process ends.
    func readRest() -> Data {
        let rest = buffered + output.fileHandleForReading.readDataToEndOfFile()
        buffered = Data()
        return rest
    }

    /// Waits for the process to end; its status and standard error.
    func wait() -> (status: Int32, stderr: String) {
        process.waitUntilExit()
        // Standard error is read to its end by its own thread.
        for _ in 0..<100 where !errorData.isClosed { usleep(20_000) }
        return (process.terminationStatus, String(decoding: errorData.data, as: UTF8.self))
    }

    /// Bytes appended by one thread and read by another.
    final class LockedData: @unchecked Sendable {
        private let lock = NSLock()
        private var bytes = Data()
        private var closed = false
        func append(_ data: Data) {
            lock.withLock {
                bytes.append(data)
                closed = true
            }
        }
        var data: Data { lock.withLock { bytes } }
        var isClosed: Bool { lock.withLock { closed } }
    }
}
