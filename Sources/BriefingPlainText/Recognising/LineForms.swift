/// Recognisers for lines with a fixed form: separators, Markdown-style headings and quote markers.
enum LineForms {
    /// Whether the line is a separator such as `***`, `- - -`, `___` or `~~~` (three or more marks).
    static func isSeparator(_ source: SourceText, _ line: Line) -> Bool {
        guard line.length >= 3 else { return false }
        let mark = source.bytes[line.contentStart]
        guard
            mark == UInt8(ascii: "*") || mark == UInt8(ascii: "-") || mark == UInt8(ascii: "_")
                || mark == UInt8(ascii: "~") || mark == UInt8(ascii: "=")
        else { return false }
        var marks = 0
        for index in line.contentStart..<line.contentEnd {
            let byte = source.bytes[index]
            if byte == mark {
                marks += 1
            } else if byte != 0x20 && byte != 0x09 {
                return false
            }
        }
        return marks >= 3
    }

    /// The level of a setext underline (`===` gives 1, `---` gives 2) when the whole line is one.
    static func setextLevel(_ source: SourceText, _ line: Line) -> Int? {
        guard line.length >= 3, line.indent <= 3 else { return nil }
        let mark = source.bytes[line.contentStart]
        guard mark == UInt8(ascii: "=") || mark == UInt8(ascii: "-") else { return nil }
        for index in line.contentStart..<line.contentEnd where source.bytes[index] != mark { return nil }
        return mark == UInt8(ascii: "=") ? 1 : 2
    }

    /// A Markdown-style `#` heading: its level (the number of `#`, 1 to 6) and the range of its text
    /// (without the closing `#`s).
    static func atxHeading(_ source: SourceText, _ line: Line) -> (level: Int, text: Range<Int>)? {
        guard line.indent <= 3 else { return nil }
        var index = line.contentStart
        while index < line.contentEnd && source.bytes[index] == UInt8(ascii: "#") { index += 1 }
        let level = index - line.contentStart
        guard (1...6).contains(level), index < line.contentEnd,
            ByteClasses.isWhitespace(source.bytes, at: index, end: line.contentEnd)
        else { return nil }
        while index < line.contentEnd, ByteClasses.isWhitespace(source.bytes, at: index, end: line.contentEnd) {
            index += ByteClasses.whitespaceLength(source.bytes, at: index, end: line.contentEnd)
        }
        var end = line.contentEnd
        // A closing run of `#` preceded by a space is not part of the text.
        var closing = end
        while closing > index && source.bytes[closing - 1] == UInt8(ascii: "#") { closing -= 1 }
        if closing < end && closing > index && source.bytes[closing - 1] == 0x20 {
            end = closing
            while end > index && source.bytes[end - 1] == 0x20 { end -= 1 }
        }
        guard index < end else { return nil }
        return (level, index..<end)
    }

    /// Whether the line is part of a `>` block quote.
    static func isQuoteLine(_ source: SourceText, _ line: Line) -> Bool {
        line.indent <= 3 && line.contentStart < line.contentEnd
            && source.bytes[line.contentStart] == UInt8(ascii: ">")
    }

    /// The quote depth of a `>` line (the number of `>` markers, spaces between them allowed) and
    /// the offset where its text starts.
    static func quoteDepth(_ source: SourceText, _ line: Line) -> (depth: Int, textStart: Int) {
        var index = line.contentStart
        var depth = 0
        while index < line.contentEnd {
            let byte = source.bytes[index]
            if byte == UInt8(ascii: ">") {
                depth += 1
                index += 1
            } else if byte == 0x20 || byte == 0x09 {
                // A space between markers, or the one after the last marker.
                var lookahead = index
                while lookahead < line.contentEnd
                    && (source.bytes[lookahead] == 0x20 || source.bytes[lookahead] == 0x09)
                {
                    lookahead += 1
                }
                if lookahead < line.contentEnd && source.bytes[lookahead] == UInt8(ascii: ">") {
                    index = lookahead
                } else {
                    index = lookahead
                    break
                }
            } else {
                break
            }
        }
        return (depth, index)
    }
}
