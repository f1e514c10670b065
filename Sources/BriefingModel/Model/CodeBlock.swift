/// Text kept exactly as written, line breaks and all: program code, a command, preformatted text.
///
/// Readers make one from a Markdown code fence or indented code, an HTML `<pre>`, and the like.
/// Unlike a ``Paragraph``, its text is not folded onto one line.
public struct CodeBlock: Sendable, Hashable, Codable {
    /// The text as written, lines separated by `\n`, without a final line break.
    public var text: String
    /// The language the text is in, when the input says (for example `swift` after a code fence).
    public var language: String?
    /// Where the block starts in the input.
    public var location: SourceLocation

    /// Creates a code block.
    public init(text: String, language: String? = nil, location: SourceLocation) {
        self.text = text
        self.language = language
        self.location = location
    }
}
