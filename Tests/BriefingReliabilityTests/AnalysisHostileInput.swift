/// Inputs that push the analysis rather than the reader (issue 13's bad input): documents of
/// names only, thousands of capitalised words, a table of thousands of rows, quotation marks that
/// never close and quotations nested fifty deep. Each is built from a fixed pseudo-random sequence,
/// so that a failure can be replayed.
enum AnalysisHostileInput: String, CaseIterable, CustomStringConvertible, Sendable {
    case namesOnly, tenThousandCapitalisedWords, fiveThousandTableRows
    case unclosedCurlyQuotationMarks, unclosedStraightQuotationMarks, quotationsNestedFiftyDeep

    var description: String { rawValue }

    /// The number of table rows in ``fiveThousandTableRows``.
    static let tableRows = 5000

    /// The input, as text.
    var text: String {
        var words = NameWords()
        switch self {
        case .namesOnly:
            return "NAMES\n\n" + (0..<5000).map { _ in "\(words.next()) \(words.next())" }.joined(separator: "\n\n")
        case .tenThousandCapitalisedWords:
            return "A Title\n\n" + (0..<10_000).map { _ in words.next() }.joined(separator: " ") + "\n"
        case .fiveThousandTableRows:
            let rows = (0..<Self.tableRows).map { row in
                "\(words.next()) \(words.next()) \(row % 38) \(row % 17) \(row % 11) \(row % 91)"
            }
            return "STANDINGS\n\nStandings after the games on Saturday:\n\nW D L PTS\n\n"
                + rows.joined(separator: "\n\n") + "\n"
        case .unclosedCurlyQuotationMarks:
            return "Quotes\n\n" + (0..<5000).map { _ in "“He said \(words.next()) went" }.joined(separator: " ") + "\n"
        case .unclosedStraightQuotationMarks:
            return "Quotes\n\n" + (0..<5000).map { _ in "\"He said \(words.next()) went" }.joined(separator: " ") + "\n"
        case .quotationsNestedFiftyDeep:
            let paragraphs = (0..<100).map { _ in
                (0..<50).map { _ in "“\(words.next()) said " }.joined() + "so" + String(repeating: "”", count: 50) + "."
            }
            return "Nested\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
        }
    }

    /// Made-up capitalised names (`Corenford`, `Usic`) from a 64-bit LCG.
    struct NameWords {
        private var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        private static let starts = ["Al", "Ber", "Cor", "Dan", "El", "Fen", "Gor", "Hal", "Ist", "Jor", "Kel", "Lun"]
        private static let middles = ["a", "o", "en", "ic", "us", "in", "ar"]
        private static let ends = ["", "s", "ton", "berg", "ford"]

        mutating func next() -> String {
            Self.starts[pick(Self.starts.count)] + Self.middles[pick(Self.middles.count)]
                + Self.ends[pick(Self.ends.count)]
        }

        private mutating func pick(_ count: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % count
        }
    }
}
