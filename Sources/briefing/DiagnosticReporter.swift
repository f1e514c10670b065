import BriefingModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Prints diagnostics and errors on standard error in the form compilers use:
/// `path:line:column: warning: message`.
struct DiagnosticReporter {
    let path: String

    func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            let position = diagnostic.location.map { "\(path):\($0.line):\($0.column)" } ?? path
            printError("\(position): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code)]")
        }
    }

    func report(_ error: any Error) {
        if var error = error as? BriefingError {
            if error.path == nil { error.path = path }
            printError(error.description)
        } else {
            printError("\(path): error: \(error)")
        }
    }

    private func printError(_ line: String) {
        var text = line
        text.append("\n")
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }
}
