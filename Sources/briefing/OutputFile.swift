import BriefingModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the export to standard output or to a file.
enum OutputFile {
    /// Writes `bytes`, ending with a newline, to `path` or to standard output.
    ///
    /// - Parameter refusingLinks: whether a symbolic link at `path` is refused rather than followed
    ///   (so that an export written beside its input cannot be redirected elsewhere).
    static func write(_ bytes: [UInt8], to path: String?, refusingLinks: Bool = false) throws(BriefingError) {
        let newline: [UInt8] = bytes.last == 0x0A ? [] : [0x0A]
        guard let path else {
            try writeAll(bytes, to: STDOUT_FILENO, path: "<stdout>")
            try writeAll(newline, to: STDOUT_FILENO, path: "<stdout>")
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
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, path: path)
        try writeAll(newline, to: descriptor, path: path)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(BriefingError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes {
                Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw BriefingError(.unwritable, "cannot write: \(InputFile.message(errno))", path: path)
            }
            offset += written
        }
    }
}
