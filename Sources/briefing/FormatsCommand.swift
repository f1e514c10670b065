import ArgumentParser
import BriefingModel

/// `briefing formats`: lists the export formats this build knows.
struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formats",
        abstract: "List the export formats, one per line, with a description.",
        discussion: """
            Each line gives a format's name (the value of 'briefing export --format'), the file \
            extension used for it, and what it is for.

            Example:
              briefing formats
            """
    )

    func run() {
        let formats = StandardFormats.registry(compact: false).formats
        let nameWidth = formats.map(\.name.count).max() ?? 0
        let extensionWidth = formats.map(\.fileExtension.count).max() ?? 0
        for format in formats {
            let name = format.name + String(repeating: " ", count: nameWidth - format.name.count)
            let fileExtension =
                "." + format.fileExtension
                + String(repeating: " ", count: extensionWidth - format.fileExtension.count)
            print("\(name)  \(fileExtension)  \(format.summary)")
        }
    }
}
