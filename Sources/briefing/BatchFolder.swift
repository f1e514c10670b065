import BriefingBatch
import BriefingModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder `briefing batch --output-dir` writes, one file an input, named by ``OutputName``.
///
/// Used by the one task that writes the results. Two inputs that would share a file (the same
/// id twice) are not allowed to overwrite each other: the second fails with `duplicate-id`.
final class BatchFolder: @unchecked Sendable {
    let path: String
    let exporter: any BriefingExporter
    private var written: Set<String> = []

    /// Opens (makes, if missing) the folder `path`, refusing one outside `confinedTo`.
    init(path: String, exporter: any BriefingExporter, confinedTo: String?) throws(FileError) {
        self.path = path
        self.exporter = exporter
        if !PathPolicy.isDirectory(path) {
            guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
                throw FileError(path, .unwritable, "cannot make the folder: \(InputFile.message(errno))")
            }
            guard PathPolicy.isDirectory(path) else { throw FileError(path, .unwritable, "is not a folder") }
        }
        try PathPolicy(root: confinedTo).checkOutput(path + "/x", inputs: [])
    }

    /// Writes a result's export, or reports its failure; `false` when the document failed or could
    /// not be written.
    func write(_ result: BatchResult) -> Bool {
        let label = result.id ?? "<record>"
        let reporter = DiagnosticReporter(path: label)
        guard let exported = result.exported, let id = result.id else {
            reporter.reportFailure(result.error ?? BriefingError(.exportFailed, "no export was made"))
            return false
        }
        let name = OutputName.name(forID: id, fileExtension: exporter.format.fileExtension)
        guard written.insert(name).inserted else {
            reporter.reportFailure(
                BriefingError(
                    .duplicateID, "another input of this batch has the same id (and so the file \(name)); not written"))
            return false
        }
        reporter.report(exported.diagnostics)
        do {
            var output = try OutputFile(path: path + "/" + name, refusingLinks: true)
            try exported.bytes.withUnsafeBytes { buffer in
                try Result { () throws(BriefingError) in
                    try buffer.withSpan { span throws(BriefingError) in try output.write(span) }
                }.get()
            }
            try output.finish()
            return true
        } catch {
            reporter.reportFailure(
                (error as? FileError)?.error ?? (error as? BriefingError) ?? BriefingError(.unwritable, "\(error)"))
            return false
        }
    }
}
