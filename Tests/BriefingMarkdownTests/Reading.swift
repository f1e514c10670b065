import BriefingMarkdown
import BriefingModel

/// Reads Markdown text, failing the test on a thrown error.
func read(_ markdown: String) throws -> Briefing {
    try MarkdownReader().read(markdown)
}

extension Briefing {
    /// The paragraphs' texts, in order.
    var paragraphTexts: [String] {
        allBlocks.compactMap { if case .paragraph(let paragraph) = $0 { paragraph.text } else { nil } }
    }

    /// The lists, in order.
    var lists: [ListBlock] {
        allBlocks.compactMap { if case .list(let list) = $0 { list } else { nil } }
    }

    /// The top-level quotes, in order.
    var quotes: [Quote] {
        allBlocks.compactMap { if case .quote(let quote) = $0 { quote } else { nil } }
    }
}
