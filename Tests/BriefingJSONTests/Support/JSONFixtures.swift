import BriefingModel
import BriefingPlainText
import BriefingTestSupport
import Foundation

enum JSONFixtures {
    static let schema = SharedCorpus.repository.appendingPathComponent("Schemas/briefing.schema.json")

    static func read(_ url: URL) throws -> Briefing {
        try PlainTextReader().read([UInt8](try Data(contentsOf: url)))
    }

    static var exampleURLs: [URL] { Examples.all }

    /// A briefing that uses every part of the model, analysis results included.
    static let everything = Briefing(
        title: "A \"quoted\" title\twith a tab",
        titleLocation: SourceLocation(line: 1, column: 1),
        metadata: Metadata(
            byline: "Jane Doe", dateline: "KYIV, Nov 24 (Reuters)", date: "Nov 24", place: "KYIV", source: "Reuters",
            language: "en"),
        sections: [
            Section(
                heading: nil, level: 1,
                blocks: [
                    .paragraph(
                        Paragraph(
                            text: "Lede with \\ backslash, \u{0} NUL, \u{2028} and emoji 🇺🇦.",
                            location: .init(line: 3, column: 1)))
                ]),
            Section(
                heading: "Heading", level: 2, location: .init(line: 5, column: 1),
                blocks: [
                    .list(
                        ListBlock(
                            ordered: true, start: 3,
                            items: [
                                ListItem(
                                    label: "Label", text: "Text",
                                    items: [ListItem(text: "Nested", location: .init(line: 8, column: 5))],
                                    location: .init(line: 7, column: 1))
                            ], location: .init(line: 7, column: 1))),
                    .quote(
                        Quote(
                            text: "Quoted", attribution: "Someone",
                            quotes: [Quote(text: "Inner", location: .init(line: 11, column: 3))],
                            location: .init(line: 10, column: 1))),
                ],
                sections: [Section(heading: "Sub", level: 3, location: .init(line: 13, column: 1))]),
        ],
        analysis: AnalysisResults(
            entities: [
                Entity(
                    name: "Volodymyr Zelenskyy", kind: .person, mentions: 3, aliases: ["Zelenskyy"],
                    firstMention: .init(line: 3, column: 1))
            ],
            quotes: [
                AttributedQuote(
                    text: "discussions have started", speaker: "Zelenskyy", cue: "possessive",
                    location: .init(line: 3, column: 1))
            ],
            keyphrases: [Keyphrase(text: "Ukraine peace", score: 12.5), Keyphrase(text: "tiny", score: 1e-7)],
            summary: Summary(sentences: ["One.", "Two."]),
            estimates: [
                Estimate(
                    text: "It is highly probable.", phrase: "highly probable", band: .veryLikely,
                    location: .init(line: 3, column: 1)),
                Estimate(text: "It may rain.", phrase: "may", band: nil),
            ],
            statistics: Statistics(words: 100, sentences: 7)),
        diagnostics: [
            Diagnostic(
                code: .invalidUTF8, message: "invalid UTF-8 at byte offset 4", location: .init(line: 1, column: 5)),
            Diagnostic(severity: .note, code: "custom-code", message: "no location"),
        ])
}
