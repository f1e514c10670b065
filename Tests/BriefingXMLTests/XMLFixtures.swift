import BriefingModel
import BriefingPlainText
import BriefingTestSupport
import Foundation

enum XMLFixtures {
    static let xsd = SharedCorpus.repository.appendingPathComponent("Schemas/briefing.xsd")

    static func read(_ url: URL) throws -> Briefing {
        try PlainTextReader().read([UInt8](try Data(contentsOf: url)))
    }

    static var exampleURLs: [URL] { Examples.all }

    /// A briefing that uses every part of the model, with text XML is touchy about.
    static let everything = Briefing(
        title: "Fish & Chips <for> \"all\" ]]> 'quoted'",
        titleLocation: SourceLocation(line: 1, column: 1),
        metadata: Metadata(byline: "Jane Doe", date: "Nov 24", place: "KYIV", language: "en"),
        sections: [
            Section(
                heading: nil, level: 1,
                blocks: [
                    .paragraph(
                        Paragraph(
                            text: "  Leading and trailing spaces, a tab\there, a newline\nhere, CR\r\nthere, emoji 🇺🇦, "
                                + "right-to-left שלום, combining é.  ",
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
                                    items: [ListItem(text: "", location: .init(line: 8, column: 5))],
                                    location: .init(line: 7, column: 1))
                            ], location: .init(line: 7, column: 1))),
                    .quote(
                        Quote(
                            text: "Quoted", attribution: "Someone",
                            quotes: [Quote(text: "Inner", location: .init(line: 11, column: 3))],
                            location: .init(line: 10, column: 1))),
                ],
                sections: [Section(heading: "Sub", level: 3)]),
        ],
        analysis: AnalysisResults(
            entities: [
                Entity(
                    name: "Volodymyr Zelenskyy", kind: .person, mentions: 3,
                    aliases: ["Zelenskyy", "President Zelenskyy"])
            ],
            quotes: [AttributedQuote(text: "discussions have started", speaker: "Zelenskyy", cue: "possessive")],
            keyphrases: [Keyphrase(text: "Ukraine peace", score: 12.5), Keyphrase(text: "tiny", score: 1e-7)],
            summary: Summary(sentences: ["One.", "Two."]),
            estimates: [
                Estimate(text: "It is highly probable.", phrase: "highly probable", band: .veryLikely),
                Estimate(text: "It may rain.", phrase: "may", band: nil, location: .init(line: 4, column: 2)),
            ],
            statistics: Statistics(words: 100, sentences: 7)),
        diagnostics: [
            Diagnostic(code: "code with\nnewline\tand tab", message: "message", location: .init(line: 1, column: 5)),
            Diagnostic(severity: .note, code: "custom-code", message: "no location"),
        ])
}
