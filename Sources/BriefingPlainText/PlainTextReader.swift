public import BriefingModel

/// Reads articles written as plain text into a `Briefing`.
///
/// The reader recognises what plain-text articles are made of:
/// - the **title** (the first line, when it reads like one) and **headings** (short lines that
///   read like headings — see below; or Markdown-style `## Heading` and underlined headings);
/// - **paragraphs**, hard-wrapped or not (consecutive lines form one paragraph);
/// - **lists** with bullets `•` `-` `*` `+` `–` `▪` `◦` `‣` `●` `○` `■` `·` or numbers `1.` `1)`
///   `(a)` `a)` `(iv)`, items continued on indented lines, nested lists by indentation, and
///   `Label: text` items split into label and text;
/// - **tables**: runs of tabular lines — results (`Arsenal 2 Chelsea 1`), standings
///   (`Barcelona 10 7 2 1 20 8 23`), prices, columns aligned with two spaces or more or tabs — with
///   a header line such as `W D L PTS` when one heads them (see `Table`);
/// - **quotes**: `>` lines (nested with `> >`, attributed with a final `> — Name`), and paragraphs
///   that are wholly one quotation;
/// - a **byline** (`By Jane Doe`), a **dateline** (`KYIV, Nov 24 (Reuters) —`) and date lines,
///   recorded in `Metadata` while their text stays in the outline.
///
/// It accepts `\n`, `\r\n` and `\r` line endings, a UTF-8 byte-order mark, UTF-16 with a
/// byte-order mark, tabs, no-break spaces and trailing blanks. Invalid UTF-8 is replaced with
/// U+FFFD, with a diagnostic naming each byte offset.
///
/// ## Heading levels
/// Plain text cannot say how headings nest, so the rule is fixed and predictable: the title is
/// level 1, the lede (the text before the first heading) is a level-1 section without a heading,
/// and every heading is level 2 — sections are flat. A document that marks its headings
/// (`#`…`######`, or a line underlined with `===` for level 1 or `---` for level 2) gets exactly
/// those levels instead, and then no unmarked line is taken for a heading.
///
/// ## Performance
/// One pass over the UTF-8 bytes to split lines and one over the lines to group blocks; no
/// regular expressions and no `Character` iteration on the hot path. Time and memory are linear
/// in the input.
public struct PlainTextReader: BriefingReader {
    /// The default ``maximumInputSize``: 64 MiB.
    public static let defaultMaximumInputSize = 64 << 20

    /// The largest ``maximumInputSize`` the reader supports: 4 GiB − 1 (it keeps offsets in 32 bits).
    public static let largestSupportedInputSize = Int(UInt32.max)

    /// The largest input, in bytes, that the reader accepts; larger input is refused with
    /// `BriefingError.Code.inputTooLarge`. Values above
    /// ``largestSupportedInputSize`` act as that size.
    public var maximumInputSize: Int

    /// Creates a reader.
    ///
    /// - Parameter maximumInputSize: The largest input accepted, in bytes (default 64 MiB).
    public init(maximumInputSize: Int = PlainTextReader.defaultMaximumInputSize) {
        self.maximumInputSize = maximumInputSize
    }

    /// `plaintext`.
    public var formatName: String { "plaintext" }

    /// `["txt", "text"]`.
    public var fileExtensions: [String] { ["txt", "text"] }

    /// Reads a briefing from plain text, which it borrows: valid UTF-8 — the common case — is read
    /// in place, without a copy.
    ///
    /// - Parameter bytes: The article, in UTF-8 (with or without a byte-order mark) or in UTF-16
    ///   with a byte-order mark.
    /// - Returns: The briefing, with a diagnostic for everything that had to be repaired or guessed.
    /// - Throws: `BriefingError` with code `inputTooLarge` when the input exceeds
    ///   ``maximumInputSize``.
    /// - Complexity: O(*n*) in the size of the input.
    public func read(_ bytes: RawSpan) throws(BriefingError) -> Briefing {
        try checkSize(bytes.byteCount)
        return read(owned: bytes.withUnsafeBytes { Array($0) })
    }

    /// Reads a briefing from plain text in an array, keeping the array's storage for the
    /// briefing's text instead of copying the text out of it (the array is shared, not copied).
    ///
    /// - Throws: `BriefingError` with code `inputTooLarge` when the input exceeds
    ///   ``maximumInputSize``.
    public func read(_ bytes: [UInt8]) throws(BriefingError) -> Briefing {
        try checkSize(bytes.count)
        return read(owned: bytes)
    }

    private func checkSize(_ count: Int) throws(BriefingError) {
        let limit = min(maximumInputSize, Self.largestSupportedInputSize)
        guard count <= limit else {
            throw BriefingError(.inputTooLarge, "input is \(count) bytes, more than the limit of \(limit) bytes")
        }
    }

    /// Reads bytes that the briefing may keep as the storage of its text.
    private func read(owned bytes: [UInt8]) -> Briefing {
        var decoder = InputDecoder()
        let decoded = bytes.withUnsafeBufferPointer { decoder.decode($0) }
        switch decoded {
        case .original(let contentStart):
            var scanner = LineScanner()
            let lines = bytes.withUnsafeBufferPointer { scanner.scan($0, from: contentStart) }
            if let lines {
                return parse(
                    TextStorage(validUTF8: bytes), lines: lines, scanner: scanner, diagnostics: decoder.diagnostics)
            }
            // Ill-formed UTF-8: repair a copy, reporting each repair, and read that.
            let repaired = bytes.withUnsafeBufferPointer {
                decoder.repair($0, from: contentStart, firstInvalid: scanner.firstInvalid ?? contentStart)
            }
            return read(valid: repaired, diagnostics: decoder.diagnostics)
        case .transcoded(let transcoded):
            return read(valid: transcoded, diagnostics: decoder.diagnostics)
        }
    }

    /// Reads bytes known to be valid UTF-8 (repaired or transcoded).
    private func read(valid bytes: [UInt8], diagnostics: [Diagnostic]) -> Briefing {
        var scanner = LineScanner()
        let lines = bytes.withUnsafeBufferPointer { scanner.scan($0, from: 0) } ?? []  // Valid: never `nil`.
        return parse(TextStorage(validUTF8: bytes), lines: lines, scanner: scanner, diagnostics: diagnostics)
    }

    private func parse(
        _ input: TextStorage, lines: [Line], scanner: LineScanner, diagnostics: [Diagnostic]
    ) -> Briefing {
        let store = OutlineStore(input: input)
        var (briefing, assemblerDiagnostics) = input.array.withUnsafeBufferPointer { bytes in
            var assembler = BriefingAssembler(source: SourceText(bytes: bytes, lines: lines, store: store))
            return (assembler.assemble(), assembler.diagnostics)
        }
        var all = diagnostics
        if scanner.controlCharacterCount > 0 {
            let value = String(scanner.firstControlCharacterValue, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: max(0, 4 - value.count)) + value
            all.append(
                Diagnostic(
                    code: .controlCharacters,
                    message: "the input holds \(scanner.controlCharacterCount) control character(s), "
                        + "the first U+\(padded); they are kept as they are",
                    location: scanner.firstControlCharacter))
        }
        all += assemblerDiagnostics
        briefing.diagnostics = all
        return briefing
    }
}
