package import BriefingModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `read(2)`, named apart from ``InputFile/read(_:limit:regularFilesOnly:afterReading:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Reads the whole input, from a file or standard input, refusing more than a limit.
///
/// Used by the batch library for the files documents name, and by `briefing export`.
package enum InputFile {
    /// The bytes of the file `argument` (`-` for standard input), at most `limit` of them.
    ///
    /// - Parameters:
    ///   - regularFilesOnly: Whether anything but a regular file (a FIFO, a device) is refused
    ///     before it is read, so that it cannot block or stream forever (the batch reads only files).
    ///   - afterReading: Called after the bytes are read and before they are checked against the
    ///     file's state at the start (for tests that change a file while it is read).
    /// - Throws: ``FileError``: `file-not-found`, `not-a-file`, `unreadable` (also for a file that
    ///   changed while it was read: replaced, grown, shrunk or rewritten), `input-too-large`.
    package static func read(
        _ argument: String, limit: Int, regularFilesOnly: Bool = false, afterReading: () -> Void = {}
    ) throws(FileError) -> [UInt8] {
        let path = argument == "-" ? "<stdin>" : argument
        let descriptor: Int32
        if argument == "-" {
            descriptor = STDIN_FILENO
        } else {
            // Non-blocking, so that opening a FIFO with no writer does not wait; regular files ignore it.
            descriptor = open(argument, O_RDONLY | O_CLOEXEC | (regularFilesOnly ? O_NONBLOCK : 0))
            guard descriptor >= 0 else {
                let code = errno
                throw FileError(
                    path, code == ENOENT ? .fileNotFound : .unreadable,
                    code == ENOENT ? "no such file" : "cannot open the file: \(message(code))")
            }
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }

        var before = stat()
        var expected = 0
        let known = fstat(descriptor, &before) == 0
        if known {
            let kind = before.st_mode & S_IFMT
            if kind == S_IFDIR {
                throw FileError(path, .notAFile, "is a directory, not a file")
            }
            if kind == S_IFREG {
                expected = Int(before.st_size)
                if expected > limit { throw tooLarge(expected, limit: limit, path: path) }
            } else if regularFilesOnly {
                throw FileError(path, .notAFile, "is not a regular file (a FIFO, a socket or a device)")
            }
        }

        // A regular file is read straight into an array of its size; anything else (a pipe,
        // standard input) in 64 KiB pieces.
        var bytes: [UInt8] = []
        if expected > 0 {
            var failure: FileError?
            bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, initialized in
                while initialized < buffer.count {
                    let count = systemRead(descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
                    if count < 0 {
                        if errno == EINTR { continue }
                        failure = FileError(path, .unreadable, "cannot read: \(message(errno))")
                        return
                    }
                    if count == 0 { break }
                    initialized += count
                }
            }
            if let failure { throw failure }
            if bytes.count > expected {
                // The file grew while it was read: read the rest in pieces (a regular file then
                // fails the check below; anything else was only sized by chance).
                try readRest(into: &bytes, from: descriptor, limit: limit, path: path)
            }
        } else {
            try readRest(into: &bytes, from: descriptor, limit: limit, path: path)
        }
        if bytes.count > limit { throw tooLarge(bytes.count, limit: limit, path: path, atLeast: true) }
        afterReading()
        if known && (before.st_mode & S_IFMT) == S_IFREG {
            try checkUnchanged(descriptor, path: path, before: before, count: bytes.count)
        }
        return bytes
    }

    /// Refuses a regular file whose size or modification time changed while it was read, or that
    /// gave a number of bytes other than its size.
    private static func checkUnchanged(_ descriptor: Int32, path: String, before: stat, count: Int) throws(FileError) {
        var after = stat()
        guard fstat(descriptor, &after) == 0 else { return }
        #if canImport(Darwin)
        let changed =
            after.st_mtimespec.tv_sec != before.st_mtimespec.tv_sec
            || after.st_mtimespec.tv_nsec != before.st_mtimespec.tv_nsec
        #else
        let changed = after.st_mtim.tv_sec != before.st_mtim.tv_sec || after.st_mtim.tv_nsec != before.st_mtim.tv_nsec
        #endif
        // A pseudo-file (in /proc) says it has no bytes and yet has some: only a size given is checked.
        if changed || after.st_size != before.st_size || (before.st_size > 0 && count != Int(before.st_size)) {
            throw FileError(
                path, .unreadable,
                "changed while it was read (\(before.st_size) bytes at the start, \(count) read, "
                    + "\(after.st_size) at the end); read it again when it is complete")
        }
    }

    private static func readRest(
        into bytes: inout [UInt8], from descriptor: Int32, limit: Int, path: String
    ) throws(FileError) {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                if code == EISDIR { throw FileError(path, .notAFile, "is a directory, not a file") }
                throw FileError(path, .unreadable, "cannot read: \(message(code))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { throw tooLarge(bytes.count, limit: limit, path: path, atLeast: true) }
        }
    }

    /// The error for an input over `limit` bytes.
    package static func tooLarge(_ size: Int, limit: Int, path: String, atLeast: Bool = false) -> FileError {
        FileError(path, tooLargeError(size, limit: limit, atLeast: atLeast))
    }

    /// The error for an input over `limit` bytes, without a path.
    package static func tooLargeError(_ size: Int, limit: Int, atLeast: Bool = false) -> BriefingError {
        BriefingError(
            .inputTooLarge,
            "input is \(atLeast ? "more than " : "")\(size) bytes, over the limit of \(limit) bytes "
                + "(\(describeSize(limit))); raise it with --max-input-size, for example --max-input-size 256M")
    }

    /// A size in bytes as the tool's options write it: `64M`, `512K`, `1000`.
    package static func describeSize(_ bytes: Int) -> String {
        if bytes % (1 << 30) == 0 { return "\(bytes >> 30)G" }
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20)M" }
        if bytes % (1 << 10) == 0 { return "\(bytes >> 10)K" }
        return "\(bytes)"
    }

    /// The system's sentence for an `errno` value.
    package static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
