public import BriefingModel

/// Reads articles written in Markdown (CommonMark) into a `Briefing`, with cmark, the CommonMark
/// reference parser.
///
/// The CommonMark tree maps to the outline as follows:
/// - **headings** (`#`…`######` and `===`/`---` underlined) open sections of their level, nested:
///   a section takes in the following headings of a greater level. A `#` heading that is the only
///   one of level 1 is the **title**;
/// - **paragraphs** become paragraphs, their inline markup flattened to text: emphasis and code
///   spans as their text, links as their text, images as their alternative text, line breaks as
///   spaces, inline HTML tags left out. A paragraph that is a single image is a `Figure`;
/// - **lists**, bulleted or numbered, nest; an ordered list keeps its first number
///   (`ListBlock.start`); an item's paragraphs are its text, and an item that
///   starts `**Label:** text`, `**Label**: text` or `Label: text` (a short, title-like label) has
///   a label;
/// - **block quotes** become quotes, nested ones nested, a final `— Name` paragraph the attribution;
/// - **GitHub pipe tables** (a header row, a delimiter row such as `|---|:--:|`, body rows; `\|`
///   for a pipe in a cell) become a `Table` with one header row, cells flattened like paragraphs.
///   They are recognised here, in the lines of the paragraph cmark reads them as, rather than by
///   libcmark-gfm: the reader needs one system library, the `libcmark-dev` that Debian and
///   Homebrew ship, and GFM's table is the one extension articles commonly use. Tables are
///   recognised at the top level (not inside lists and quotes); a cell's `[reference]` link keeps
///   its brackets;
/// - **code**, fenced or indented, becomes a `CodeBlock` kept verbatim, with the fence's info
///   string as its language;
/// - **thematic breaks** are dropped; **raw HTML blocks** are read through
///   ``embeddedHTMLReader`` when there is one (their headings open sections, their paragraphs,
///   lists, quotes, tables, code and figures take their place in the outline), and otherwise kept
///   as paragraphs of their text with a `raw-html` diagnostic (HTML comments are left out).
///
/// **YAML front matter** (`---` … `---` at the very start) fills the title (`title`) and the
/// metadata: `author` or `authors`, `date` (ISO 8601 dates go to `published`, others to `date`),
/// `description`, `lang` or `language`, `tags` or `keywords`. When it gives a title, a lone `#`
/// heading with the same text is taken for that title, and other `#` headings are sections.
///
/// Locations are lines and columns of the input (front matter counted). Invalid UTF-8 is replaced
/// with U+FFFD and reported; U+0000 is replaced with U+FFFD (as CommonMark requires) and reported.
/// Lists and quotes nested deeper than `Briefing.maximumNestingDepth` are kept at
/// that depth with a diagnostic. Time and memory are linear in the input: cmark is linear on
/// pathological input, and the tree is walked without recursion below the nesting cap.
public struct MarkdownReader: BriefingReader {
    /// The default ``maximumInputSize``: 64 MiB.
    public static let defaultMaximumInputSize = 64 << 20

    /// The largest input, in bytes, that ``read(_:)`` accepts; larger input is refused with
    /// `BriefingError.Code.inputTooLarge`.
    public var maximumInputSize: Int

    /// The reader of raw HTML blocks (`<table>…</table>`, `<div>…</div>` at the start of a line),
    /// or `nil` to keep them as text with a `raw-html` diagnostic.
    ///
    /// This module does not depend on an HTML parser: an app that links one passes it here — the
    /// `briefing` tool passes `HTMLReader` from `BriefingHTMLReader`. Each top-level HTML block
    /// (other than a comment) is read on its own; its title (an `<h1>`, which the HTML reader takes
    /// for the title) and section headings become headings at their levels, its blocks take the
    /// block's place, and its warnings are kept (its notes are not). A block that gives no text is
    /// left out, and a block the reader fails on is kept as text, each with a `raw-html`
    /// diagnostic. HTML inside lists and quotes stays text.
    public var embeddedHTMLReader: (any BriefingReader)?

    /// Creates a reader.
    ///
    /// - Parameter maximumInputSize: The largest input accepted, in bytes (default 64 MiB).
    public init(maximumInputSize: Int = MarkdownReader.defaultMaximumInputSize) {
        self.maximumInputSize = maximumInputSize
    }

    /// Creates a reader that reads raw HTML blocks with `embeddedHTMLReader`.
    ///
    /// - Parameters:
    ///   - maximumInputSize: The largest input accepted, in bytes (default 64 MiB).
    ///   - embeddedHTMLReader: The reader of raw HTML blocks (an `HTMLReader`), or `nil`.
    public init(
        maximumInputSize: Int = MarkdownReader.defaultMaximumInputSize, embeddedHTMLReader: (any BriefingReader)?
    ) {
        self.maximumInputSize = maximumInputSize
        self.embeddedHTMLReader = embeddedHTMLReader
    }

    /// `markdown`.
    public var formatName: String { "markdown" }

    /// `["md", "markdown"]`.
    public var fileExtensions: [String] { ["md", "markdown"] }

    /// Whether the document starts with YAML front matter (`---` then a `key:` line), which plain
    /// text rarely does. (A `# Heading` start is not enough: the plain-text reader reads those too.)
    public func recognises(_ prefix: RawSpan) -> Bool {
        prefix.withUnsafeBytes { bytes in
            let start = Array(bytes.prefix(256))
            let text = String(decoding: start, as: UTF8.self)
            if text.hasPrefix("---\n") || text.hasPrefix("---\r\n") {
                let second = text.split(whereSeparator: \.isNewline).dropFirst().first ?? ""
                return second.contains(": ") || second.hasSuffix(":")
            }
            return false
        }
    }

    /// Reads a briefing from a Markdown document, which it borrows.
    ///
    /// - Parameter bytes: The document in UTF-8 (with or without a byte-order mark) or UTF-16 with
    ///   a byte-order mark.
    /// - Returns: The briefing, with a diagnostic for everything that had to be repaired or passed over.
    /// - Throws: `BriefingError` with code `inputTooLarge` when the input exceeds
    ///   ``maximumInputSize``, and with code `invalidInput` only if cmark cannot allocate its tree.
    /// - Complexity: O(*n*) in the size of the input.
    public func read(_ bytes: RawSpan) throws(BriefingError) -> Briefing {
        guard bytes.byteCount <= maximumInputSize else {
            throw BriefingError(
                .inputTooLarge, "input is \(bytes.byteCount) bytes, more than the limit of \(maximumInputSize) bytes")
        }
        return try bytes.withUnsafeBytes { raw in
            Result { () throws(BriefingError) in
                try MarkdownParse.read(raw.assumingMemoryBound(to: UInt8.self), htmlReader: embeddedHTMLReader)
            }
        }.get()
    }
}
