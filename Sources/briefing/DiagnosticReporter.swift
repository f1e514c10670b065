import BriefingBatch
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

    /// Prints an error about the file this reporter is for (or, for a ``FileError``, the file it names).
    func report(_ error: any Error) {
        switch error {
        case let error as FileError: printError(error.description)
        case let error as BriefingError: printError(FileError(path, error).description)
        default: printError("\(path): error: \(error)")
        }
    }

    /// Prints an error that stopped one document of a batch, with its code:
    /// `path: error: message [code]`.
    func reportFailure(_ error: BriefingError) {
        printError("\(FileError(path, error).description) [\(error.code)]")
    }

    /// Prints a warning that is not about a position in the input (a deprecated option, say).
    func warn(_ message: String) {
        printError("\(path): warning: \(message)")
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
