import BriefingModel
import PropertyBased

/// Random briefings in the shapes Markdown can carry: any text (U+0000 aside, which CommonMark
/// reads as U+FFFD), a lede only first and never empty, headed sections nested one level at a
/// time, paragraphs that are not empty, labels and languages that are absent or not empty, and
/// only tables a pipe table carries (one header row, no caption, rows of one width). Ordered
/// lists start at any number from 0 to 999 999 999. Everything else is random: control
/// characters, white space at the ends (but of a code block's language), markup characters, `Label: text` and `— Name` look-alikes, empty headings and items.
enum MarkdownShapedBriefing {
    /// Any Unicode text but U+0000, with markup characters and white space drawn more often.
    static var anyText: Generator<String, some SendableSequenceType> {
        Gen<Character>.oneOf(
            Gen.character(in: "\u{1}"..."\u{D7FF}"), Gen.character(in: "\u{E000}"..."\u{10FFFF}"),
            Gen.character(in: "\u{1}"..."\u{20}"), Gen.character(in: "!"..."@"), Gen.character(in: "["..."`"),
            Gen.character(in: "{"..."~"), Gen.character(in: "A"..."E"), Gen.character(in: "\u{2014}"..."\u{2014}")
        ).string(of: 0...16)
    }

    static var generator: Generator<Briefing, some SendableSequenceType> {
        zip(anyText.array(of: 1...40), Gen.int(in: 0...1_000_000).array(of: 1...40)).map { strings, numbers in
            make(strings: strings, numbers: numbers)
        }
    }

    static func make(strings: [String], numbers: [Int]) -> Briefing {
        var source = Source(strings: strings, numbers: numbers)
        var briefing = Briefing(title: source.optionalString())
        if source.number(2) == 0 {
            briefing.sections.append(Section(heading: nil, level: 1, blocks: blocks(&source, atLeast: 1)))
        }
        let topLevel = 1 + source.number(2)
        for _ in 0..<source.number(4) {
            briefing.sections.append(section(&source, level: topLevel))
        }
        // A lone level-1 heading with the title's text would be taken for the title.
        if let title = briefing.title, briefing.allSections.contains(where: { $0.level == 1 && $0.heading == title }) {
            briefing.title = nil
        }
        return briefing
    }

    private static func section(_ source: inout Source, level: Int) -> Section {
        var section = Section(heading: source.string(), level: level, blocks: blocks(&source, atLeast: 0))
        if level < 4 {
            for _ in 0..<source.number(3) { section.sections.append(self.section(&source, level: level + 1)) }
        }
        return section
    }

    private static func blocks(_ source: inout Source, atLeast minimum: Int) -> [Block] {
        let location = SourceLocation(line: 1, column: 1)
        return (0..<(minimum + source.number(4))).map { _ in
            switch source.number(6) {
            case 5:
                let width = 1 + source.number(4)
                let rows = (0..<(1 + source.number(4))).map { _ in (0..<width).map { _ in source.string() } }
                return .table(Table(rows: rows, headerRowCount: 1, location: location))
            case 0:
                // An ordered list starts at any number CommonMark can write (0 to nine digits);
                // a bulleted list keeps 1.
                let ordered = source.number(2) == 1
                let start =
                    ordered && source.number(2) == 0 ? source.number(1_000_000) * 1_000 + source.number(1_000) : 1
                return .list(
                    ListBlock(ordered: ordered, start: start, items: items(&source, depth: 1), location: location))
            case 1:
                let text = source.string().replacing("\r\n", with: "\n").replacing("\r", with: "\n")
                // cmark trims an info string after resolving references: a language keeps no
                // white space at its ends.
                let space: Set<Unicode.Scalar> = [" ", "\t", "\n", "\u{0B}", "\u{0C}", "\r"]
                var language = source.optionalString()?.unicodeScalars[...]
                while let first = language?.first, space.contains(first) { language?.removeFirst() }
                while let last = language?.last, space.contains(last) { language?.removeLast() }
                let kept = language.flatMap { $0.isEmpty ? nil : String(String.UnicodeScalarView($0)) }
                return .code(CodeBlock(text: text, language: kept, location: location))
            case 2:
                return .figure(Figure(caption: source.string(), source: source.optionalString(), location: location))
            case 3:
                return .quote(quote(&source, depth: 1))
            default:
                return .paragraph(Paragraph(text: source.nonEmptyString(), location: location))
            }
        }
    }

    private static func items(_ source: inout Source, depth: Int) -> [ListItem] {
        (0..<(1 + source.number(3))).map { _ in
            ListItem(
                label: source.optionalString(), text: source.string(),
                items: depth < 4 && source.number(3) == 0 ? items(&source, depth: depth + 1) : [],
                location: SourceLocation(line: 1, column: 1))
        }
    }

    private static func quote(_ source: inout Source, depth: Int) -> Quote {
        Quote(
            text: source.string(), attribution: source.number(3) == 0 ? source.string() : nil,
            quotes: depth < 4 && source.number(3) == 0 ? [quote(&source, depth: depth + 1)] : [],
            location: SourceLocation(line: 1, column: 1))
    }

    /// Hands out the random inputs in turn, cycling when they run out.
    private struct Source {
        let strings: [String]
        let numbers: [Int]
        var nextString = 0
        var nextNumber = 0

        mutating func number(_ bound: Int) -> Int {
            defer { nextNumber += 1 }
            return numbers[nextNumber % numbers.count] % bound
        }

        mutating func string() -> String {
            defer { nextString += 1 }
            return strings[nextString % strings.count]
        }

        mutating func nonEmptyString() -> String {
            let text = string()
            return text.isEmpty ? "x" : text
        }

        /// `nil` or a string that is not empty.
        mutating func optionalString() -> String? {
            number(4) == 0 ? nil : nonEmptyString()
        }
    }
}
