public import Foundation

/// The example articles written for the project (`Examples/Articles`), which every test may read.
public enum Examples {
    /// The folder of example articles.
    public static let folder = SharedCorpus.repository.appendingPathComponent("Examples/Articles")

    /// The example article in the seed's shape: a title, two lede paragraphs, eleven headings,
    /// nineteen paragraphs and seven labelled lists of 4, 3, 4, 2, 4, 4 and 3 items.
    public static var seedShaped: URL { url("border-summit-talks") }

    /// The example named `name` (without `.txt`).
    public static func url(_ name: String) -> URL {
        folder.appendingPathComponent(name + ".txt")
    }

    /// Every plain-text example, sorted by name.
    public static var all: [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    }

    /// Every example article of any format (plain text, Markdown, HTML), sorted by name: what
    /// `briefing batch Examples/Articles` reads.
    public static var articles: [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { ["txt", "md", "html"].contains($0.pathExtension) }.sorted { $0.path < $1.path }
    }

    /// The bytes of a file.
    public static func bytes(_ url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }
}
