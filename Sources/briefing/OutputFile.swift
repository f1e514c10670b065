import BriefingBatch
import BriefingModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `write(2)`, named apart from ``OutputFile/write(_:)``.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

/// Standard output or a file, written as an exporter hands over its output; the output always
/// ends with a newline.
struct OutputFile: ExportSink {
    private let descriptor: Int32
    private let path: String
    private let ownsDescriptor: Bool
    private var lastByte: UInt8?

    /// Opens `path` for writing (created or truncated), or standard output when `path` is `nil`.
    ///
    /// - Parameter refusingLinks: whether a symbolic link at `path` is refused rather than followed
    ///   (so that an export written beside its input cannot be redirected elsewhere).
    init(path: String?, refusingLinks: Bool = false) throws(FileError) {
        guard let path else {
            descriptor = STDOUT_FILENO
            self.path = "<stdout>"
            ownsDescriptor = false
            return
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | (refusingLinks ? O_NOFOLLOW : 0), 0o644)
        guard descriptor >= 0 else {
            let code = errno
            if refusingLinks && code == ELOOP {
                throw FileError(path, .unwritable, "is a symbolic link; refusing to write through it")
            }
            throw FileError(path, .unwritable, "cannot write: \(InputFile.message(code))")
        }
        self.descriptor = descriptor
        self.path = path
        ownsDescriptor = true
    }

    /// Writes the next piece; an error names the file in its message (an exporter passes it on as it is).
    mutating func write(_ bytes: RawSpan) throws(BriefingError) {
        let failure = bytes.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            lastByte = buffer[buffer.count - 1]
            return nil
        }
        if let failure {
            throw BriefingError(.unwritable, "cannot write \(path): \(InputFile.message(failure))")
        }
    }

    /// Ends the output with a newline if it lacks one, and closes the file.
    mutating func finish() throws(FileError) {
        if lastByte != 0x0A {
            let newline: [UInt8] = [0x0A]
            do throws(BriefingError) {
                try newline.withUnsafeBytes { buffer in
                    Result { () throws(BriefingError) in
                        try buffer.withSpan { span throws(BriefingError) in try write(span) }
                    }
                }.get()
            } catch {
                throw FileError(path, error.code, error.message)
            }
        }
        if ownsDescriptor && close(descriptor) != 0 {
            throw FileError(path, .unwritable, "cannot write: \(InputFile.message(errno))")
        }
    }
}
