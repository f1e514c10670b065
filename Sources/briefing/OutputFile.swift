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
    init(path: String?, refusingLinks: Bool = false) throws(BriefingError) {
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
                throw BriefingError(.unwritable, "is a symbolic link; refusing to write through it", path: path)
            }
            throw BriefingError(.unwritable, "cannot write: \(InputFile.message(code))", path: path)
        }
        self.descriptor = descriptor
        self.path = path
        ownsDescriptor = true
    }

    mutating func write(_ bytes: UnsafeRawBufferPointer) throws(BriefingError) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw BriefingError(.unwritable, "cannot write: \(InputFile.message(errno))", path: path)
            }
            offset += written
        }
        lastByte = bytes[bytes.count - 1]
    }

    /// Ends the output with a newline if it lacks one, and closes the file.
    mutating func finish() throws(BriefingError) {
        if lastByte != 0x0A {
            let newline: [UInt8] = [0x0A]
            var failure: BriefingError?
            newline.withUnsafeBytes { buffer in
                do throws(BriefingError) { try write(buffer) } catch { failure = error }
            }
            if let failure { throw failure }
        }
        if ownsDescriptor && close(descriptor) != 0 {
            throw BriefingError(.unwritable, "cannot write: \(InputFile.message(errno))", path: path)
        }
    }
}
