import BriefingModel
import PropertyBased

/// Random briefings built from random strings (any Unicode scalar outside the surrogates) and
/// random numbers that decide the shape: how many sections, blocks, items, how deep they nest.
enum RandomBriefing {
    /// Any Unicode text, including controls, U+0000, U+FFFE/U+FFFF, emoji and combining marks.
    /// Characters XML and JSON are touchy about are drawn more often than their share of Unicode.
    static var anyText: Generator<String, some SendableSequenceType> {
        Gen<Character>.oneOf(
            Gen.character(in: "\u{0}"..."\u{D7FF}"), Gen.character(in: "\u{E000}"..."\u{10FFFF}"),
            Gen.character(in: "\u{0}"..."\u{20}"), Gen.character(in: "\""..."?"),
            Gen.character(in: "\u{FFF0}"..."\u{FFFF}")
        ).string(of: 0...24)
    }

    static var generator: Generator<Briefing, some SendableSequenceType> {
        zip(anyText.array(of: 1...40), Gen.int(in: 0...1_000_000).array(of: 1...40)).map {
            strings, numbers in
            make(strings: strings, numbers: numbers)
        }
    }

    /// Builds a briefing deterministically from the inputs.
    static func make(strings: [String], numbers: [Int]) -> Briefing {
        var source = Source(strings: strings, numbers: numbers)
        let title = source.optionalString()
        var briefing = Briefing(
            title: title, titleLocation: title == nil ? nil : source.optionalLocation(),
            metadata: Metadata(
                byline: source.optionalString(), authors: source.strings(3), dateline: source.optionalString(),
                date: source.optionalString(), published: source.optionalString(), modified: source.optionalString(),
                place: source.optionalString(), source: source.optionalString(), siteName: source.optionalString(),
                url: source.optionalString(), description: source.optionalString(), image: source.optionalString(),
                language: source.optionalString(), tags: source.strings(3)))
        for _ in 0..<source.number(4) {
            briefing.sections.append(section(&source, depth: 0))
        }
        if source.number(2) == 1 {
            briefing.analysis = AnalysisResults(
                entities: (0..<source.number(3)).map { _ in
                    Entity(
                        name: source.string(), kind: EntityKind.allCases[source.number(4)], mentions: source.number(50),
                        aliases: (0..<source.number(3)).map { _ in source.string() },
                        firstMention: source.optionalLocation())
                },
                quotes: (0..<source.number(3)).map { _ in
                    AttributedQuote(
                        text: source.string(), speaker: source.optionalString(),
                        cue: source.optionalString().map { AttributedQuote.Cue($0) },
                        location: source.optionalLocation())
                },
                keyphrases: (0..<source.number(3)).map { _ in
                    Keyphrase(text: source.string(), score: Double(source.number(10_000)) / 7)
                },
                summary: Summary(sentences: (0..<source.number(4)).map { _ in source.string() }),
                estimates: (0..<source.number(3)).map { _ in
                    let band = source.number(8)
                    return Estimate(
                        text: source.string(), phrase: source.string(),
                        band: band < 7 ? EstimateBand.allCases[band] : nil, location: source.optionalLocation())
                },
                statistics: Statistics(words: source.number(10_000), sentences: source.number(500)),
                custom: Dictionary(
                    (0..<source.number(3)).map { _ in (source.string(), value(&source, depth: 0)) },
                    uniquingKeysWith: { first, _ in first }))
        }
        for _ in 0..<source.number(3) {
            briefing.diagnostics.append(
                Diagnostic(
                    severity: source.number(2) == 0 ? .note : .warning, code: Diagnostic.Code(source.string()),
                    message: source.string(), location: source.optionalLocation()))
        }
        return briefing
    }

    /// A value of the JSON data model, nested at most three deep.
    private static func value(_ source: inout Source, depth: Int) -> AnalysisValue {
        switch source.number(depth < 3 ? 7 : 5) {
        case 0: .null
        case 1: .bool(source.number(2) == 1)
        case 2: .integer(source.number(1_000_000) - 500_000)
        case 3: .normalised(Double(source.number(1_000_000)) / 64 - 7_000)
        case 4: .string(source.string())
        case 5: .array((0..<source.number(3)).map { _ in value(&source, depth: depth + 1) })
        default:
            .object(
                Dictionary(
                    (0..<source.number(3)).map { _ in (source.string(), value(&source, depth: depth + 1)) },
                    uniquingKeysWith: { first, _ in first }))
        }
    }

    private static func section(_ source: inout Source, depth: Int) -> Section {
        let heading = source.optionalString()
        var section = Section(
            heading: heading, level: 1 + source.number(6), location: heading == nil ? nil : source.optionalLocation())
        for _ in 0..<source.number(4) {
            switch source.number(6) {
            case 0: section.blocks.append(.paragraph(Paragraph(text: source.string(), location: source.location())))
            case 1:
                section.blocks.append(
                    .list(
                        ListBlock(
                            ordered: source.number(2) == 1,
                            // Any first number, negative ones too (on bulleted lists as well: the
                            // JSON and XML forms keep whatever the model holds).
                            start: source.number(3) == 0 ? 1 : source.number(1_000_000) - 500_000,
                            items: items(&source, depth: 1), location: source.location())))
            case 2:
                section.blocks.append(
                    .code(
                        CodeBlock(text: source.string(), language: source.optionalString(), location: source.location())
                    ))
            case 3:
                let rows = (0..<source.number(4)).map { _ in source.strings(4) }
                section.blocks.append(
                    .table(
                        Table(
                            rows: rows, headerRowCount: source.number(rows.count + 1), caption: source.optionalString(),
                            location: source.location())))
            case 4:
                section.blocks.append(
                    .figure(
                        Figure(caption: source.string(), source: source.optionalString(), location: source.location())))
            default: section.blocks.append(.quote(quote(&source, depth: 1)))
            }
        }
        if depth < 3 {
            for _ in 0..<source.number(2) { section.sections.append(self.section(&source, depth: depth + 1)) }
        }
        return section
    }

    private static func items(_ source: inout Source, depth: Int) -> [ListItem] {
        (0..<(1 + source.number(3))).map { _ in
            ListItem(
                label: source.optionalString(), text: source.string(),
                items: depth < 4 && source.number(3) == 0 ? items(&source, depth: depth + 1) : [],
                location: source.location())
        }
    }

    private static func quote(_ source: inout Source, depth: Int) -> Quote {
        Quote(
            text: source.string(), attribution: source.optionalString(),
            quotes: depth < 4 && source.number(3) == 0 ? [quote(&source, depth: depth + 1)] : [],
            location: source.location())
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

        mutating func strings(_ bound: Int) -> [String] {
            (0..<number(bound)).map { _ in string() }
        }

        mutating func optionalString() -> String? {
            number(4) == 0 ? nil : string()
        }

        mutating func location() -> SourceLocation {
            SourceLocation(line: 1 + number(10_000), column: 1 + number(200))
        }

        mutating func optionalLocation() -> SourceLocation? {
            number(3) == 0 ? nil : location()
        }
    }
}
