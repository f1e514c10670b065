import ArgumentParser
import BriefingModel
import BriefingPlainTextReader

/// `briefing export`: reads one article and writes it in one format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Read an article and export it as a briefing.",
        discussion: """
            Reads a plain-text article (UTF-8, or UTF-16 with a byte-order mark; any line endings) \
            and writes its briefing to standard output or to --output.

            Problems in the input never stop the export: invalid UTF-8 is replaced with U+FFFD, \
            over-deep nesting is capped, and each repair is reported on standard error as \
            'PATH:LINE:COLUMN: warning: MESSAGE' (the exit status stays 0). Errors that stop the \
            export are reported as 'PATH:LINE:COLUMN: error: MESSAGE', or 'PATH: error: MESSAGE' \
            when there is no position, with exit status 1. Standard input is called <stdin>.

            Examples:
              Export the example article as pretty JSON:
                briefing export Examples/Articles/river-treaty-talks.txt
              Export compact JSON to a file:
                briefing export article.txt --compact --output article.json
              Read standard input:
                curl -s https://example.org/article.txt | briefing export -
              Accept an input of up to 200 MiB:
                briefing export big.txt --max-input-size 200M
            """
    )

    @Argument(help: ArgumentHelp("The article to read: a file path, or '-' for standard input.", valueName: "file"))
    var input: String

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "The output format. 'briefing formats' lists them all.", valueName: "format"))
    var format: String = "json"

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write the export to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Flag(help: "Write compact output: JSON without white space.")
    var compact = false

    @Option(
        name: .customLong("max-input-size"),
        help: ArgumentHelp(
            "The largest input accepted, in bytes, with an optional K, M or G suffix (default: 64M).",
            valueName: "size"))
    var maxInputSize: ByteSize = ByteSize(bytes: PlainTextReader.defaultMaximumInputSize)

    func validate() throws {
        let registry = StandardFormats.registry(compact: compact)
        guard registry.exporter(named: format) != nil else {
            throw ValidationError(
                "unknown format '\(format)'; choose one of: \(registry.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        let path = input == "-" ? "<stdin>" : input
        let reporter = DiagnosticReporter(path: path)
        do {
            let bytes = try InputFile.read(input, limit: maxInputSize.bytes)
            let reader = PlainTextReader(maximumInputSize: maxInputSize.bytes)
            let briefing = try reader.read(bytes)
            reporter.report(briefing.diagnostics)
            let result = try StandardFormats.registry(compact: compact).export(briefing, as: format)
            reporter.report(result.diagnostics)
            try OutputFile.write(result.bytes, to: output)
        } catch {
            reporter.report(error)
            throw ExitCode(1)
        }
    }
}
