extension PlainTextReader {
    /// Where a line stands in a run of text, for ``lineBreaksText(_:at:)``.
    enum LinePlace: Sendable {
        /// The first line of a block.
        case first
        /// The second line of a paragraph (where an underline makes the first a heading).
        case second
        /// A later line of a paragraph.
        case later
    }

    /// Whether `line`, standing at `place`, would not read as text of the paragraph: at the start,
    /// a list item, a quotation line, a `#` heading or a separator; further on, anything that ends
    /// a paragraph (a quotation line, a heading, a separator, a bullet, an underline).
    ///
    /// Writers of plain text (the `plaintext` exporter) use it to lay out text that must read back
    /// as text.
    static func lineBreaksText(_ line: Substring, at place: LinePlace) -> Bool {
        var line = String(line)
        return line.withUTF8 { bytes in
            var scanner = LineScanner()
            guard let lines = scanner.scan(bytes, from: 0), let first = lines.first, !first.isBlank else {
                return false
            }
            let source = SourceText(bytes: bytes, lines: lines)
            if LineForms.isQuoteLine(source, first) || LineForms.atxHeading(source, first) != nil
                || LineForms.isSeparator(source, first)
            {
                return true
            }
            switch place {
            case .first: return ListMarker.recognise(source, first) != nil
            case .second:
                return LineForms.setextLevel(source, first) != nil
                    || ListMarker.recognise(source, first)?.canInterruptParagraph == true
            case .later: return ListMarker.recognise(source, first)?.canInterruptParagraph == true
            }
        }
    }

    /// What `line` could be in a table beside other lines (see ``TabularLine``): a row (short,
    /// not ending like a sentence, with numbers or aligned cells), a header (`W D L PCT`), both
    /// or neither.
    ///
    /// Writers of plain text use it to keep a table from taking in a block beside it, and two
    /// blocks that look like rows from reading back as one table.
    static func tableLineForm(_ line: Substring) -> (mayBeRow: Bool, mayBeHeader: Bool) {
        let utf8 = line.utf8
        guard let last = utf8.last, utf8.count >= 3, utf8.count <= 4 * TabularLine.maximumLength else {
            return (false, false)
        }
        switch last {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "?"),
            UInt8(ascii: "!"):
            return (false, false)
        default:
            break
        }
        func form(_ bytes: UnsafeBufferPointer<UInt8>) -> (mayBeRow: Bool, mayBeHeader: Bool) {
            let measured = LineScanner.measure(bytes, start: 0, end: bytes.count, number: 1)
            guard let shape = TabularLine.shape(bytes, measured) else { return (false, false) }
            return (shape.isWeakRow, shape.isHeader)
        }
        if let result = utf8.withContiguousStorageIfAvailable(form) { return result }
        var line = String(line)
        return line.withUTF8(form)
    }

    /// Whether the reader takes `scalar` for white space, which it trims from the ends of lines
    /// (space, tab, vertical tab, form feed, no-break and other Unicode spaces).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        ByteClasses.isWhitespace(scalar)
    }

    /// Whether `text`, standing alone as one line, could read as an unmarked heading in some
    /// context (the heading rule with the most permissive neighbours). Two-line text whose first
    /// line is short, and any text of three lines or more, never reads as a heading.
    ///
    /// Writers of plain text use it to lay out, over several lines, a paragraph that must not
    /// read back as a heading.
    static func mayReadAsHeading(_ text: Substring) -> Bool {
        guard text.utf8.count <= HeadingRule.maximumLength else { return false }
        var line = String(text)
        return line.withUTF8 { bytes in
            var scanner = LineScanner()
            guard let lines = scanner.scan(bytes, from: 0), lines.count == 1, !lines[0].isBlank else {
                return false
            }
            let source = SourceText(bytes: bytes, lines: lines)
            let context = HeadingRule.Context(hasNext: true, nextLength: Int.max, nextIsShortLine: true)
            return HeadingRule.isHeading(
                TextFeatures(source, TextRun(first: 0, end: 1)), context: context, firstLineLength: lines[0].length)
        }
    }
}
