import BriefingModel

/// One reading of a Markdown document: the input checked and decoded, front matter split off,
/// the body parsed by cmark and mapped to a briefing.
enum MarkdownParse {
    static func read(
        _ input: UnsafeBufferPointer<UInt8>, htmlReader: (any BriefingReader)? = nil
    ) throws(BriefingError) -> Briefing {
        var diagnostics: [Diagnostic] = []
        // UTF-16 with a byte-order mark: transcoded.
        if input.count >= 2, (input[0], input[1]) == (0xFF, 0xFE) || (input[0], input[1]) == (0xFE, 0xFF) {
            let utf8 = transcodeUTF16(input, bigEndian: input[0] == 0xFE)
            diagnostics.append(
                Diagnostic(
                    severity: .note, code: .transcodedUTF16,
                    message: "the input is UTF-16 with a byte-order mark; it was transcoded to UTF-8"))
            return try utf8.withUnsafeBufferPointer { bytes throws(BriefingError) in
                try read(checked: bytes, diagnostics: diagnostics, htmlReader: htmlReader)
            }
        }
        return try read(checked: input, diagnostics: diagnostics, htmlReader: htmlReader)
    }

    private static func read(
        checked input: UnsafeBufferPointer<UInt8>, diagnostics: [Diagnostic], htmlReader: (any BriefingReader)?
    ) throws(BriefingError) -> Briefing {
        var diagnostics = diagnostics
        let check = InputCheck(input)
        if let firstNUL = check.firstNUL {
            diagnostics.append(
                Diagnostic(
                    code: .controlCharacters,
                    message: "the input holds \(check.nulCount) U+0000 character(s), the first at byte offset "
                        + "\(firstNUL); each was replaced with U+FFFD"))
        }
        guard let firstInvalid = check.firstInvalid else {
            return try parse(input, diagnostics: diagnostics, htmlReader: htmlReader)
        }
        diagnostics.append(
            Diagnostic(
                code: .invalidUTF8,
                message: "\(check.invalidCount) byte(s) are not UTF-8, the first at byte offset \(firstInvalid); "
                    + "each ill-formed sequence was replaced with U+FFFD"))
        let repaired = Array(String(decoding: input, as: UTF8.self).utf8)
        return try repaired.withUnsafeBufferPointer { bytes throws(BriefingError) in
            try parse(bytes, diagnostics: diagnostics, htmlReader: htmlReader)
        }
    }

    private static func parse(
        _ input: UnsafeBufferPointer<UInt8>, diagnostics: [Diagnostic], htmlReader: (any BriefingReader)?
    ) throws(BriefingError) -> Briefing {
        var diagnostics = diagnostics
        var bytes = input
        // A UTF-8 byte-order mark is not part of the text.
        if bytes.count >= 3, (bytes[0], bytes[1], bytes[2]) == (0xEF, 0xBB, 0xBF) {
            bytes = UnsafeBufferPointer(rebasing: bytes[3...])
        }
        let frontMatter = FrontMatter.read(bytes, diagnostics: &diagnostics)
        let body = UnsafeBufferPointer(rebasing: bytes[(frontMatter?.bodyStart ?? 0)...])
        guard let document = CmarkDocument(parsing: UnsafeRawBufferPointer(body)) else {
            throw BriefingError(.invalidInput, "cmark could not parse the document (out of memory)")
        }
        var builder = MarkdownBuilder(lineOffset: frontMatter?.lineCount ?? 0, body: body, htmlReader: htmlReader)
        var knownTitle: String?? = nil
        if let value = frontMatter?["title"] { knownTitle = .some(value.string) }
        let (title, titleLocation, sections) = withExtendedLifetime(document) {
            builder.build(document.document, knownTitle: knownTitle)
        }
        var briefing = Briefing(title: title, titleLocation: titleLocation, sections: sections)
        if let frontMatter {
            diagnostics += frontMatter.diagnostics
            fill(&briefing, from: frontMatter)
        }
        diagnostics += builder.diagnostics
        if briefing.sections.isEmpty && briefing.title == nil {
            diagnostics.append(Diagnostic(code: .emptyInput, message: "the input holds no text; the briefing is empty"))
        } else if briefing.title == nil && knownTitle == nil {
            diagnostics.append(
                Diagnostic(
                    code: .noTitle,
                    message: "no title: the document has no front-matter title and not exactly one '#' heading"))
        }
        briefing.diagnostics = diagnostics
        return briefing
    }

    /// The metadata front matter gives.
    private static func fill(_ briefing: inout Briefing, from frontMatter: FrontMatter) {
        if let titleValue = frontMatter["title"], briefing.titleLocation == nil {
            briefing.title = titleValue.string
            briefing.titleLocation = briefing.title == nil ? nil : SourceLocation(line: 1, column: 1)
        }
        var metadata = briefing.metadata
        if let authors = frontMatter["authors"] ?? frontMatter["author"] {
            switch authors {
            case .null: metadata.authors = []
            case .string(let one): metadata.authors = [one]
            case .list(let many): metadata.authors = many
            }
            metadata.byline = metadata.authors.isEmpty ? nil : metadata.authors.joined(separator: " and ")
        }
        if let date = frontMatter["date"]?.string {
            if isISODate(date) { metadata.published = date } else { metadata.date = date }
        }
        if let modified = frontMatter["modified"]?.string ?? frontMatter["updated"]?.string, isISODate(modified) {
            metadata.modified = modified
        }
        metadata.description = frontMatter["description"]?.string ?? metadata.description
        metadata.language = (frontMatter["lang"] ?? frontMatter["language"])?.string ?? metadata.language
        if let tags = frontMatter["tags"] ?? frontMatter["keywords"] { metadata.tags = tags.list }
        metadata.url = frontMatter["url"]?.string ?? metadata.url
        metadata.siteName = frontMatter["site"]?.string ?? metadata.siteName
        metadata.image = frontMatter["image"]?.string ?? metadata.image
        briefing.metadata = metadata
    }

    /// Whether `text` starts `YYYY-MM-DD`.
    private static func isISODate(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { (0x30...0x39).contains(bytes[$0]) }
    }

    private static func transcodeUTF16(_ input: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> [UInt8] {
        let units = stride(from: 2, to: input.count - 1, by: 2).map { (index: Int) -> UInt16 in
            let first = UInt16(input[index])
            let second = UInt16(input[index + 1])
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
