import ArgumentParser
import BriefingAnalysis
import BriefingBatch
import BriefingModel
import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `briefing batch`: many articles at once, on every core, as NDJSON or a folder of exports.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Brief many articles at once: files, folders or NDJSON records in; NDJSON or files out.",
        discussion: """
            Reads many articles and briefs them on every core, each with the reader its format \
            calls for (by --from, a record's 'format', the file's extension, then its content), \
            and writes one result for every input — never fewer, never more.

            Inputs: files and folders (searched recursively for every extension a reader knows; \
            hidden files and folders are left out), or with --ndjson one record a line on standard \
            input: {"id": "any string", "path": "file"} or "text" (plain text), "html" or \
            "markdown" (the document itself) instead of "path", with optional "url" (the briefing's \
            metadata.url when the document gives none) and "format" (the reader).

            Output: NDJSON on standard output, one line an input, as each is finished (--ordered: \
            in input order). A briefing is {"id": ..., "formatVersion": ..., ...}: the JSON format \
            of 'briefing export --format json --compact' with "id" first. A document that failed \
            is {"id": ..., "error": {"code": ..., "message": ...}}; "id" is null only for a \
            record that had none, and the message gives its line. For files, the id is the path. \
            With --output-dir DIR, each briefing is written to DIR in --format, named by its id \
            (characters other than letters, digits, '-', '_' and '.' written as %XX: \
            wire%2Fa.txt.json), and failures are reported on standard error as \
            'ID: error: MESSAGE [code]'.

            Bad input never stops the batch and is never dropped: a line that is not JSON, a \
            record without an id, with two inputs or none, a line longer than --max-input-size \
            plus 64K, an unknown format, a file that is missing, outside --confine-to, not a \
            regular file, or that changes while it is read, a folder that loops back through a \
            symbolic link, and a document still working after --timeout each get their error line \
            (codes: invalid-record, input-too-large, unknown-format, file-not-found, not-a-file, \
            unreadable, timed-out). A document over its time limit is reported at the limit; its \
            work is abandoned at its next checkpoint (after reading, between analysers).

            At most --jobs documents are worked on at once, and at most four times as many are in \
            memory: the input is read only as fast as results are written, so memory stays flat \
            however many documents there are.

            Standard error: a progress line (documents done/total, rate, failures, time left) \
            while it is a terminal, and nothing while it is not; then a summary line: documents, \
            failed, MB read, seconds (--quiet leaves it out).

            Exit status: 0 when every document succeeded; 1 when some failed (all the others are \
            written); 64 when the command line is wrong; 130 on an interrupt (Ctrl-C: the line \
            being written is finished, the summary printed, nothing more written); 141, quietly, \
            when the reader of standard output stops reading (as a tool killed by SIGPIPE).

            Examples:
              Brief every article below a folder, as NDJSON:
                briefing batch Articles/ > briefings.ndjson
              Records on standard input, two documents at a time, in input order:
                printf '%s\\n' '{"id":"a","path":"a.txt"}' '{"id":"b","text":"Title\\n\\nText."}' \\
                  | briefing batch --ndjson --jobs 2 --ordered
              Memos for people, one file each, in a folder:
                briefing batch Articles/ --output-dir memos --format memo
              Outline only, ten seconds a document at most, files confined to a folder:
                briefing batch --ndjson --no-analysis --timeout 10 --confine-to /srv/wire < records.ndjson
              Under GNU parallel, 1000 records a process:
                parallel --pipe -N 1000 briefing batch --ndjson --jobs 1 < records.ndjson
              Under Apache Spark (PySpark), one process a partition:
                rdd.pipe("briefing batch --ndjson --jobs 1")
            """
    )

    @Argument(
        help: ArgumentHelp(
            "Files and folders to read (folders recursively); or none, with --ndjson.", valueName: "path"))
    var inputs: [String] = []

    @Flag(help: "Read NDJSON records from standard input, one a line, instead of files.")
    var ndjson = false

    @Option(
        name: .customLong("output-dir"),
        help: ArgumentHelp(
            "Write each briefing to a file in this folder (made if missing) instead of NDJSON on standard output.",
            valueName: "folder"))
    var outputDirectory: String?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "The format of the files --output-dir writes: json, xml, memo, plaintext or markdown. NDJSON is always json.",
            valueName: "format"))
    var format: String = "json"

    @Flag(help: "With --output-dir, write compact JSON and XML.")
    var compact = false

    @Option(
        name: .customLong("from"),
        help: ArgumentHelp(
            "The input format of every file, instead of telling it from each file (records give 'format').",
            valueName: "format"))
    var inputFormat: String?

    @Option(
        name: [.customShort("j"), .long],
        help: ArgumentHelp("How many documents to work on at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Flag(help: "Write the results in input order (default: as each is finished).")
    var ordered = false

    @Option(
        help: ArgumentHelp(
            "The longest a document may take, in seconds (0: no limit); it then fails with timed-out.",
            valueName: "seconds"))
    var timeout: Double = 60

    @Option(
        name: .customLong("max-input-size"),
        help: ArgumentHelp(
            "The largest document accepted, in bytes, with an optional K, M or G suffix (an NDJSON line may be 64K more).",
            valueName: "size"))
    var maxInputSize: ByteSize = ByteSize(bytes: BatchConfiguration.defaultMaximumInputSize)

    @Flag(help: "Brief the outline only, without analysis.")
    var noAnalysis = false

    @Option(
        name: .customLong("skip"),
        help: ArgumentHelp(
            "Leave out one analyser: statistics, entities, quotes, keyphrases, estimates or summary (repeatable).",
            valueName: "analyser"))
    var skipped: [String] = []

    @Option(
        name: .customLong("confine-to"),
        help: ArgumentHelp(
            "Refuse to read or write anything outside this folder (files and folders given, records' paths, --output-dir).",
            valueName: "folder"))
    var confineTo: String?

    @Flag(help: "Print neither the progress line nor the summary.")
    var quiet = false

    func validate() throws {
        if inputs.isEmpty && !ndjson {
            throw ValidationError("give files or folders to read, or --ndjson to read records from standard input")
        }
        if !inputs.isEmpty && ndjson {
            throw ValidationError("--ndjson reads standard input; give either files and folders or --ndjson")
        }
        if inputs.contains("-") {
            throw ValidationError("to read standard input, give --ndjson and one record a line")
        }
        if let jobs, jobs < 1 || jobs > 4096 { throw ValidationError("--jobs must be between 1 and 4096") }
        guard timeout >= 0, timeout.isFinite else {
            throw ValidationError("--timeout must be a number of seconds, 0 for no limit")
        }
        let registry = StandardFormats.registry(compact: compact)
        guard let exporter = registry.exporter(named: format) else {
            throw ValidationError(
                "unknown format '\(format)'; choose one of: \(registry.names.joined(separator: ", "))")
        }
        if outputDirectory == nil && exporter.format.name != "json" {
            throw ValidationError(
                "NDJSON on standard output is JSON; --format \(format) needs --output-dir to write files")
        }
        let readers = StandardFormats.readers(maximumInputSize: maxInputSize.bytes)
        if let inputFormat, readers.reader(named: inputFormat) == nil {
            throw ValidationError(
                "unknown input format '\(inputFormat)'; choose one of: \(readers.names.joined(separator: ", "))")
        }
        if inputFormat != nil && ndjson {
            throw ValidationError("--from is for files; a record names its reader with 'format'")
        }
        let analysers = skipped.isEmpty ? [] : AnalysisPipeline.standard().names
        for name in skipped where !analysers.contains(name) {
            throw ValidationError("unknown analyser '\(name)'; choose one of: \(analysers.joined(separator: ", "))")
        }
    }

    func run() async throws {
        let registry = StandardFormats.registry(compact: compact)
        let exporter = registry.exporter(named: format)!
        if let replacement = StandardFormats.deprecatedNames[format] {
            DiagnosticReporter(path: "briefing").warn(
                "the format name '\(format)' is deprecated and will be removed; use '\(replacement)'")
        }
        let readers = StandardFormats.readers(maximumInputSize: maxInputSize.bytes)
        var pipeline = noAnalysis ? AnalysisPipeline() : AnalysisPipeline.standard()
        for name in skipped { pipeline.remove(named: name) }

        var configuration = BatchConfiguration(processor: DocumentProcessor(readers: readers, analysis: pipeline))
        configuration.output = outputDirectory == nil ? .ndjson : .export(exporter)
        configuration.concurrency = jobs ?? BatchConfiguration.processorCount
        configuration.order = ordered ? .input : .completion
        configuration.timeLimit = timeout > 0 ? timeout : nil
        configuration.maximumInputSize = maxInputSize.bytes
        configuration.confinedTo = confineTo

        let batch: BatchProcessor
        let destination: BatchDestination
        do {
            batch = try BatchProcessor(configuration)
            destination =
                try outputDirectory.map {
                    try .folder(BatchFolder(path: $0, exporter: exporter, confinedTo: confineTo))
                } ?? .standardOutput
        } catch {
            DiagnosticReporter(path: (error as? FileError)?.path ?? "briefing").report(error)
            throw ExitCode(1)
        }

        // A closed pipe becomes an error of `write` (EPIPE), handled where the line is written.
        signal(SIGPIPE, SIG_IGN)
        let progress = BatchProgress(showsProgress: !quiet && isatty(STDERR_FILENO) == 1)
        let outcome: BatchOutcome
        if ndjson {
            let documents = NDJSONDocuments(
                fileDescriptor: STDIN_FILENO, maximumLineLength: maxInputSize.bytes + (1 << 16))
            outcome = await Self.consume(batch.results(for: documents), into: destination, progress: progress)
        } else {
            let files: ArticleFiles
            do {
                files = try ArticleFiles(
                    inputs, readers: readers, format: inputFormat,
                    skippingSuffixes: registry.formats.map { ".\($0.name).\($0.fileExtension)" }, confinedTo: confineTo)
            } catch {
                DiagnosticReporter(path: error.path).report(error)
                throw ExitCode(1)
            }
            if progress.showsProgress {
                Task.detached { progress.setTotal(files.reduce(0) { count, _ in count + 1 }) }
            }
            outcome = await Self.consume(batch.results(for: files), into: destination, progress: progress)
        }

        switch outcome {
        case .brokenPipe:
            throw ExitCode(141)
        case .interrupted:
            if !quiet { progress.printSummary(interrupted: true) }
            throw ExitCode(130)
        case .finished:
            if !quiet { progress.printSummary(interrupted: false) }
            if progress.failed > 0 { throw ExitCode(1) }
        }
    }

    /// Writes each result as it comes, until the end, an interrupt (SIGINT) or a closed pipe.
    private static func consume<Results: AsyncSequence & Sendable>(
        _ results: Results, into destination: BatchDestination, progress: BatchProgress
    ) async -> BatchOutcome where Results.Element == BatchResult {
        let interrupted = InterruptFlag()
        let task = Task {
            do {
                for try await result in results {
                    var failed = !result.succeeded
                    switch destination {
                    case .standardOutput:
                        guard StandardOutput.write(result.ndjsonLine ?? []) else { return BatchOutcome.brokenPipe }
                    case .folder(let folder):
                        if !folder.write(result) { failed = true }
                    }
                    progress.add(bytes: result.inputByteCount, failed: failed)
                    if interrupted.isRaised { return .interrupted }
                }
                return .finished
            } catch {
                return .interrupted
            }
        }
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            interrupted.raise()
            task.cancel()
        }
        source.resume()
        let outcome = await task.value
        source.cancel()
        progress.clearLine()
        return outcome
    }
}

/// How a batch ended.
enum BatchOutcome: Sendable {
    case finished
    case interrupted
    case brokenPipe
}

/// Where the results go.
enum BatchDestination: Sendable {
    case standardOutput
    case folder(BatchFolder)
}

/// A flag raised from another thread (the signal handler's queue).
private final class InterruptFlag: @unchecked Sendable {
    private var raised = false
    private let lock = ToolLock()

    func raise() { lock.withLock { raised = true } }
    var isRaised: Bool { lock.withLock { raised } }
}
