import ArgumentParser

/// The `briefing` command: turns news and analysis articles into structured briefings.
@main
struct BriefingCommand: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turn news and analysis articles into structured briefings.",
        discussion: """
            briefing reads an article written as plain text — a title, lede paragraphs, headings, \
            bullet lists of 'Label: text' items, quotes — and exports it as a briefing: its outline, \
            metadata and diagnostics, in the format your pipeline reads.

            Exit status: 0 on success (warnings about repaired input go to standard error), 1 when \
            the input cannot be read or the output cannot be written, 64 when the command line is wrong.

            Examples:
              briefing export article.txt
              briefing export article.txt --format json --compact --output article.json
              cat article.txt | briefing export -
              briefing batch Articles/ > briefings.ndjson
              briefing formats
            """,
        version: version,
        subcommands: [ExportCommand.self, BatchCommand.self, FormatsCommand.self]
    )
}
