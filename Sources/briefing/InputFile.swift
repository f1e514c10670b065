import BriefingModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `read(2)`, named apart from ``InputFile/read(_:limit:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Reads the whole input, from a file or standard input, refusing more than a limit.
enum InputFile {
    static func read(_ argument: String, limit: Int) throws(FileError) -> [UInt8] {
        let path = argument == "-" ? "<stdin>" : argument
        let descriptor: Int32
        if argument == "-" {
            descriptor = STDIN_FILENO
        } else {
            descriptor = open(argument, O_RDONLY)
            guard descriptor >= 0 else {
                let code = errno
                throw FileError(
                    path, code == ENOENT ? .fileNotFound : .unreadable,
                    code == ENOENT ? "no such file" : "cannot open the file: \(message(code))")
            }
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }

        var info = stat()
        var expected = 0
        if fstat(descriptor, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR {
                throw FileError(path, .notAFile, "is a directory, not a file")
            }
            if (info.st_mode & S_IFMT) == S_IFREG {
                expected = Int(info.st_size)
                if expected > limit { throw tooLarge(expected, limit: limit, path: path) }
            }
        }

        // A regular file is read straight into an array of its size; anything else (a pipe,
        // standard input) in 64 KiB pieces.
        if expected > 0 {
            var failure: FileError?
            var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, initialized in
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
                // The file grew while it was read: read the rest in pieces.
                try readRest(into: &bytes, from: descriptor, limit: limit, path: path)
            }
            if bytes.count > limit { throw tooLarge(bytes.count, limit: limit, path: path, atLeast: true) }
            return bytes
        }
        var bytes: [UInt8] = []
        try readRest(into: &bytes, from: descriptor, limit: limit, path: path)
        return bytes
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

    private static func tooLarge(_ size: Int, limit: Int, path: String, atLeast: Bool = false) -> FileError {
        FileError(
            path, .inputTooLarge,
            "input is \(atLeast ? "more than " : "")\(size) bytes, over the limit of \(limit) bytes "
                + "(\(ByteSize(bytes: limit))); raise it with --max-input-size, for example --max-input-size 256M")
    }

    static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
