import BriefingModel

/// A block as the scanner found it, before titles and headings are told apart from paragraphs.
enum RawBlock {
    /// Consecutive non-blank lines of running text: a paragraph, title, heading, byline or quote.
    case text(TextRun)
    /// A heading marked as such in the input (`## Heading`, or a line underlined with `===`/`---`).
    case markedHeading(text: TextSlice, level: Int, location: SourceLocation)
    /// A list, complete with its nested items.
    case list(ListBlock)
    /// A `>` block quote.
    case quote(Quote)
    /// A run of tabular lines (results, standings, prices), with its header line when it has one.
    case table(Table)
    /// A separator line such as `***`.
    case separator
}

/// The lines of a run of text, as indices into the source's lines.
struct TextRun {
    /// Index of the first line.
    var first: Int
    /// Index just past the last line.
    var end: Int

    var lineCount: Int { end - first }
}
