import ArgumentParser
import BriefingAnalysis
import BriefingBatch
import BriefingMemo
import BriefingModel
import BriefingPlainText

/// `briefing export`: reads articles and writes their briefings in one format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Read an article and export it as a briefing.",
        discussion: """
            Reads a plain-text or Markdown article (UTF-8, or UTF-16 with a byte-order mark; any line \
            endings) or a web page (its article, without the page's navigation and other boilerplate, and \
            its metadata) and writes its briefing to standard output, to --output, or with --beside next \
            to the input as NAME.FORMAT.EXTENSION (for example article.xml.xml, article.memo.txt). The \
            input's format is told from its extension (.txt; .md, .markdown; .html, .htm, .xhtml) or, for \
            other names and standard input, from its content (<!doctype html or <html for a page); --from \
            names it instead.

            The briefing is analysed unless --no-analysis is given: statistics, entities (people, \
            organisations, places), quotes with their speakers, keyphrases, hedged claims mapped to \
            the ICD 203 probability bands (estimates), and a three-sentence summary. --skip NAME \
            leaves out one analyser.

            Problems in the input never stop the export: invalid UTF-8 is replaced with U+FFFD, \
            over-deep nesting is capped, characters a format cannot carry are replaced, and each \
            repair is reported on standard error as 'PATH:LINE:COLUMN: warning: MESSAGE' (the exit \
            status stays 0). Errors that stop the export are reported as \
            'PATH:LINE:COLUMN: error: MESSAGE', or 'PATH: error: MESSAGE' when there is no \
            position, with exit status 1. Standard input is called <stdin>.

            Examples:
              Export the example article as pretty JSON:
                briefing export Examples/Articles/river-treaty-talks.txt
              Export XML, compact, to a file:
                briefing export article.txt --format xml --compact --output article.xml
              Print a memo for people, wrapped at 72 columns:
                briefing export article.txt --format memo --width 72
              Only the outline, without analysis (fastest):
                briefing export article.txt --no-analysis
              Analysis without the summary:
                briefing export article.txt --skip summary
              Read a Markdown article and write it back as Markdown with YAML front matter:
                briefing export notes.md --format markdown --front-matter
              Export every article in a folder (.txt and .md files), each beside its input:
                briefing export Articles/ --format xml --beside
              Read standard input:
                cat article.txt | briefing export -
              Accept an input of up to 200 MiB:
                briefing export big.txt --max-input-size 200M
            """
    )

    @Argument(
        help: ArgumentHelp(
            "The articles to read: file paths, '-' for standard input, or (with --beside) folders.",
            valueName: "file"))
    var inputs: [String]

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "The output format: json, xml, memo, plaintext or markdown ('briefing formats' lists them).",
            valueName: "format"))
    var format: String = "json"

    @Option(
        name: .customLong("from"),
        help: ArgumentHelp(
            "The input format, instead of telling it from the file's extension and content: plaintext, markdown or html.",
            valueName: "format"))
    var inputFormat: String?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Write the export to this file instead of standard output (one input only).", valueName: "path"))
    var output: String?

    @Flag(help: "Write each export beside its input, as NAME.FORMAT.EXTENSION; folders are searched for articles.")
    var beside = false

    @Option(
        name: .customLong("confine-to"),
        help: ArgumentHelp(
            "Refuse to read or write anything outside this folder (the SwiftPM plugin passes the package folder).",
            valueName: "folder"))
    var confineTo: String?

    @Flag(help: "Export the outline only, without analysis.")
    var noAnalysis = false

    @Option(
        name: .customLong("skip"),
        help: ArgumentHelp(
            "Leave out one analyser: statistics, entities, quotes, keyphrases, estimates or summary (repeatable).",
            valueName: "analyser"))
    var skipped: [String] = []

    @Flag(help: "Write compact output: JSON without white space, XML without indentation.")
    var compact = false

    @Flag(help: "Begin Markdown output with YAML front matter: the title, metadata, summary and keyphrases.")
    var frontMatter = false

    @Option(help: ArgumentHelp("Wrap the memo at this many columns (at least 20).", valueName: "columns"))
    var width: Int = MemoExporter.defaultWidth

    @Option(
        name: .customLong("max-input-size"),
        help: ArgumentHelp(
            "The largest input accepted, in bytes, with an optional K, M or G suffix.",
            valueName: "size"))
    var maxInputSize: ByteSize = ByteSize(bytes: PlainTextReader.defaultMaximumInputSize)

    /// Reads, parses and analyses one input, choosing its reader as the batch does. The input's
    /// bytes are released on return, before the export starts, so that a large article is never
    /// held twice.
    private func briefing(
        from input: String, processor: DocumentProcessor, reporter: DiagnosticReporter
    ) throws -> Briefing {
        let bytes = try InputFile.read(input, limit: maxInputSize.bytes)
        let briefing = try processor.briefing(from: bytes, path: input == "-" ? nil : input, format: inputFormat)
        reporter.report(briefing.diagnostics)
        return briefing
    }

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one article to read") }
        let registry = StandardFormats.registry(compact: compact)
        guard registry.exporter(named: format) != nil else {
            throw ValidationError(
                "unknown format '\(format)'; choose one of: \(registry.names.joined(separator: ", "))")
        }
        let readers = StandardFormats.readers(maximumInputSize: maxInputSize.bytes)
        if let inputFormat, readers.reader(named: inputFormat) == nil {
            throw ValidationError(
                "unknown input format '\(inputFormat)'; choose one of: \(readers.names.joined(separator: ", "))")
        }
        if output != nil && (beside || inputs.count > 1) {
            throw ValidationError("--output takes one input and cannot be used with --beside")
        }
        if inputs.count > 1 && !beside {
            throw ValidationError("several inputs need --beside, so that each export has its own file")
        }
        if beside && inputs.contains("-") {
            throw ValidationError("standard input has no folder to write beside; use --output")
        }
        guard width >= 20 else { throw ValidationError("--width must be at least 20") }
        // The standard pipeline is made (its gazetteer built) only when there are names to check.
        let analysers = skipped.isEmpty ? [] : AnalysisPipeline.standard().names
        for name in skipped where !analysers.contains(name) {
            throw ValidationError(
                "unknown analyser '\(name)'; choose one of: \(analysers.joined(separator: ", "))")
        }
    }

    func run() throws {
        let registry = StandardFormats.registry(compact: compact, width: width, frontMatter: frontMatter)
        let exporter = registry.exporter(named: format)!
        if let replacement = StandardFormats.deprecatedNames[format] {
            DiagnosticReporter(path: "briefing").warn(
                "the format name '\(format)' is deprecated and will be removed; use '\(replacement)'")
        }
        let readers = StandardFormats.readers(maximumInputSize: maxInputSize.bytes)
        var pipeline = noAnalysis ? AnalysisPipeline() : AnalysisPipeline.standard()
        for name in skipped { pipeline.remove(named: name) }
        let processor = DocumentProcessor(readers: readers, analysis: pipeline)
        var failed = false
        func report(_ error: any Error, path: String) {
            DiagnosticReporter(path: path).report(error)
            failed = true
        }

        let policy: PathPolicy
        do {
            policy = try PathPolicy(root: confineTo)
        } catch {
            report(error, path: confineTo ?? ".")
            throw ExitCode(1)
        }

        var jobs: [(input: String, output: String?)] = []
        if beside {
            let skipped = registry.formats.map { ".\($0.name).\($0.fileExtension)" }
            let extensions = readers.names.flatMap { readers.reader(named: $0)!.fileExtensions }
            for input in inputs {
                for found in policy.articles(at: input, extensions: extensions, skippingSuffixes: skipped) {
                    do {
                        let file = try found.get()
                        jobs.append((file, try policy.besideOutput(for: file, format: exporter.format)))
                    } catch {
                        report(error, path: input)
                    }
                }
            }
        } else {
            for input in inputs {
                do {
                    if input != "-" { try policy.checkInput(input) }
                    if let output { try policy.checkOutput(output, inputs: [input]) }
                    jobs.append((input, output))
                } catch {
                    report(error, path: input)
                }
            }
        }

        for job in jobs {
            let path = job.input == "-" ? "<stdin>" : job.input
            let reporter = DiagnosticReporter(path: path)
            do {
                let briefing = try briefing(from: job.input, processor: processor, reporter: reporter)
                var output = try OutputFile(path: job.output, refusingLinks: beside)
                reporter.report(try exporter.export(briefing, to: &output))
                try output.finish()
            } catch {
                report(error, path: path)
            }
        }
        if failed { throw ExitCode(1) }
    }
}
