/// Hostile inputs for the linear-growth benchmarks, each at a size and at twice that size (the
/// names end in `-1x` and `-2x`); CI checks that allocations at `2x` stay near twice those at `1x`.
enum HostileInputs {
    struct Input {
        let name: String
        let bytes: [UInt8]
    }

    static let title = Array("A Title for a Hostile Article\n\n".utf8)

    static var all: [Input] {
        [1, 2].flatMap { scale -> [Input] in
            let reader: [Input] = [
                Input(name: "long-line-\(scale)x", bytes: longLine(megabytes: scale)),
                Input(name: "long-word-\(scale)x", bytes: title + [UInt8](repeating: 0x78, count: scale << 20)),
                Input(name: "bullets-\(scale)x", bytes: bullets(scale * 10_000)),
                Input(name: "headings-\(scale)x", bytes: headings(scale * 10_000)),
                Input(name: "indentation-\(scale)x", bytes: indentation(scale * 500)),
                Input(name: "quote-markers-\(scale)x", bytes: quoteMarkers(scale * 5_000)),
                Input(name: "binary-\(scale)x", bytes: binary(scale << 19)),
            ]
            return reader + analysis(scale)
        }
    }

    /// The analysis's bad input (issue 13), at `scale` times its size.
    static func analysis(_ scale: Int) -> [Input] {
        let names: Input = Input(name: "names-\(scale)x", bytes: namesOnly(scale * 5_000))
        let capitalised: Input = Input(
            name: "capitalised-words-\(scale)x", bytes: capitalisedWords(scale * 10_000))
        let table: Input = Input(name: "table-rows-\(scale)x", bytes: tableRows(scale * 5_000))
        let open: Input = Input(name: "open-quotes-\(scale)x", bytes: openQuotes(scale * 5_000))
        let nested: Input = Input(name: "nested-quotes-\(scale)x", bytes: nestedQuotes(scale * 100))
        return [names, capitalised, table, open, nested]
    }

    static func longLine(megabytes: Int) -> [UInt8] {
        title + Array(repeating: Array("word ".utf8), count: (megabytes << 20) / 5).flatMap { $0 }
    }

    static func bullets(_ count: Int) -> [UInt8] {
        var bytes = title
        for index in 0..<count { bytes += Array("• Item \(index): text of the item\n".utf8) }
        return bytes
    }

    static func headings(_ count: Int) -> [UInt8] {
        var bytes = title
        for index in 0..<count { bytes += Array("Heading Number \(index)\n\nBody of section \(index).\n\n".utf8) }
        return bytes
    }

    /// One list item per level, each indented one space more than the last (nesting is capped).
    static func indentation(_ levels: Int) -> [UInt8] {
        var bytes = title
        for level in 0..<levels { bytes += Array((String(repeating: " ", count: level) + "- item \(level)\n").utf8) }
        return bytes
    }

    static func quoteMarkers(_ depth: Int) -> [UInt8] {
        title + Array((String(repeating: "> ", count: depth) + "deep\n> shallow\n").utf8)
    }

    /// A fixed pseudo-random sequence (a 64-bit LCG).
    static func binary(_ count: Int) -> [UInt8] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    // MARK: Bad input for the analysis

    /// Made-up capitalised names, each different from every other (`Alberdancorel`): a name
    /// repeated by chance would make the work grow with the square of the input's size in places
    /// where it grows with the number of repeated phrases (keyphrases), which no real text repeats
    /// that way.
    struct NameWords {
        private var counter = 0
        private static let syllables = [
            "al", "ber", "cor", "dan", "el", "fen", "gor", "hal", "ist", "jor", "kel", "lun",
        ]

        mutating func next() -> String {
            counter += 1
            // 7919 is prime and so coprime to 12^5: the first 248,832 names are all different.
            var value = counter &* 7919 % 248_832
            var name = ""
            for _ in 0..<5 {
                name += Self.syllables[value % 12]
                value /= 12
            }
            return name.prefix(1).uppercased() + name.dropFirst()
        }
    }

    /// A document of two-word names, one a paragraph.
    static func namesOnly(_ count: Int) -> [UInt8] {
        var words = NameWords()
        return title + Array((0..<count).map { _ in "\(words.next()) \(words.next())" }.joined(separator: "\n\n").utf8)
    }

    /// One paragraph of capitalised words, without punctuation: one sentence.
    static func capitalisedWords(_ count: Int) -> [UInt8] {
        var words = NameWords()
        return title + Array((0..<count).map { _ in words.next() }.joined(separator: " ").utf8)
    }

    /// A standings table under a header line, its rows between blank lines as wire stories write them.
    static func tableRows(_ count: Int) -> [UInt8] {
        var words = NameWords()
        let rows = (0..<count).map { row in
            "\(words.next()) \(words.next()) \(row % 38) \(row % 17) \(row % 11) \(row % 91)"
        }
        return title + Array(("W D L PTS\n\n" + rows.joined(separator: "\n\n")).utf8)
    }

    /// One sentence of quotations opened with a straight mark each, so that every mark closes the
    /// one before it: thousands of quotations in one sentence.
    static func openQuotes(_ count: Int) -> [UInt8] {
        var words = NameWords()
        return title + Array((0..<count).map { _ in "\"He said \(words.next()) went" }.joined(separator: " ").utf8)
    }

    /// Paragraphs of quotations nested fifty deep.
    static func nestedQuotes(_ paragraphs: Int) -> [UInt8] {
        var words = NameWords()
        let text = (0..<paragraphs).map { _ in
            (0..<50).map { _ in "“\(words.next()) said " }.joined() + "so" + String(repeating: "”", count: 50) + "."
        }
        return title + Array(text.joined(separator: "\n\n").utf8)
    }
}
