import Foundation
import PackagePlugin

/// `swift package briefing-export`: runs `briefing export --beside` on the files and folders given,
/// confined to the package directory.
///
/// The plugin is deliberately thin: the `briefing` tool does the reading, the exporting, the
/// folder walking and the path checks (`--confine-to`), so they are tested with the tool.
///
///     swift package --allow-writing-to-package-directory briefing-export --format xml Articles/
@main
struct BriefingExportPlugin: CommandPlugin {
    /// Options the plugin sets itself and that the caller may not override.
    static let reserved = ["--", "--confine-to", "--output", "-o", "--beside"]

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        for argument in arguments {
            let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            if Self.reserved.contains(name) {
                Diagnostics.error("briefing-export sets \(name) itself; remove it from the arguments")
                throw PluginError.reservedArgument(name)
            }
        }
        if arguments.filter({ !$0.hasPrefix("-") }).isEmpty || arguments.contains("--help") {
            print(
                """
                usage: swift package --allow-writing-to-package-directory briefing-export \
                [--format json|xml|text|plaintext|markdown] [--compact] [--width N] FILE-OR-FOLDER...

                Writes each article's export beside it as NAME.FORMAT.EXTENSION. Folders are searched
                for articles (.txt, .md, .markdown) and web pages (.html, .htm, .xhtml). Nothing outside
                the package directory is read or written.
                """)
            if !arguments.contains("--help") { throw PluginError.noInputs }
            return
        }
        let tool = try context.tool(named: "briefing")
        let packageDirectory = context.package.directoryURL
        let process = Process()
        process.executableURL = tool.url
        process.currentDirectoryURL = packageDirectory
        process.arguments = ["export"] + arguments + ["--beside", "--confine-to", packageDirectory.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Diagnostics.error("briefing export failed with exit status \(process.terminationStatus)")
            throw PluginError.toolFailed(process.terminationStatus)
        }
    }
}

enum PluginError: Error, CustomStringConvertible {
    case reservedArgument(String)
    case noInputs
    case toolFailed(Int32)

    var description: String {
        switch self {
        case .reservedArgument(let name): "\(name) is set by the plugin"
        case .noInputs: "no files or folders to export"
        case .toolFailed(let status): "briefing export exited with status \(status)"
        }
    }
}
