import BriefingModel
import BriefingPlainTextReader
import Foundation

/// A briefing's outline without source positions, metadata or diagnostics: what a plain-text
/// round trip must keep.
struct Outline: Equatable, CustomStringConvertible {
    var title: String?
    var sections: [Section]

    init(_ briefing: Briefing) {
        title = briefing.title
        sections = briefing.sections.map(Self.strip)
    }

    private static let origin = SourceLocation(line: 1, column: 1)

    private static func strip(_ section: Section) -> Section {
        Section(
            heading: section.heading, level: section.level, location: nil, blocks: section.blocks.map(strip),
            sections: section.sections.map(strip))
    }

    private static func strip(_ block: Block) -> Block {
        switch block {
        case .paragraph(let paragraph): .paragraph(Paragraph(text: paragraph.text, location: origin))
        case .list(let list): .list(ListBlock(ordered: list.ordered, items: list.items.map(strip), location: origin))
        case .quote(let quote): .quote(strip(quote))
        }
    }

    private static func strip(_ item: ListItem) -> ListItem {
        ListItem(label: item.label, text: item.text, items: item.items.map(strip), location: origin)
    }

    private static func strip(_ quote: Quote) -> Quote {
        Quote(text: quote.text, attribution: quote.attribution, quotes: quote.quotes.map(strip), location: origin)
    }

    var description: String { "title: \(title ?? "nil"), sections: \(sections.map { $0.heading ?? "(lede)" })" }
}

enum TextFixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let examples = repository.appendingPathComponent("Examples/Articles")
    static let corpus = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus/plaintext")
    static let seed = repository.deletingLastPathComponent().appendingPathComponent(
        "shared/corpus/seed/000_a7d48a46cd2eca7c.txt")

    static func read(_ url: URL) throws -> Briefing {
        try PlainTextReader().read([UInt8](try Data(contentsOf: url)))
    }

    static func texts(in folder: URL) -> [URL] {
        (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil))?
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path } ?? []
    }
}
