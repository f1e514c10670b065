public import BriefingModel

extension Diagnostic.Code {
    /// A raw HTML block in Markdown was kept as the text of a paragraph, tags and all (or, for a
    /// comment, left out).
    public static let rawHTML: Diagnostic.Code = "raw-html"
    /// YAML front matter could not be read in full: not closed, or a line that is not `key: value`.
    public static let frontMatter: Diagnostic.Code = "front-matter"
}
