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
    static func write(_ bytes: [UInt8], to path: String?) throws(BriefingError) {
        guard let path else {
            try writeAll(bytes, to: STDOUT_FILENO, path: "<stdout>")
            return
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw BriefingError(.unwritable, "cannot write: \(InputFile.message(errno))", path: path)
        }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, path: path)
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
