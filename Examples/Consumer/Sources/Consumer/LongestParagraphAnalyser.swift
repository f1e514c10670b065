import BriefingModel

/// A finding of the consumer's own, stored in the briefing under its own key; every exporter of
/// swift-briefing writes it (JSON under `custom`).
struct LongestParagraph: CustomAnalysisResult {
    static let key = "com.example.consumer.longest-paragraph"

    var words: Int
    var line: Int
}

/// An analyser of the consumer's own: finds the longest paragraph.
struct LongestParagraphAnalyser: BriefingAnalyser {
    var name: String { "longest-paragraph" }

    func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError) {
        var longest: LongestParagraph?
        for block in briefing.allBlocks {
            guard case .paragraph(let paragraph) = block else { continue }
            let words = paragraph.text.split(separator: " ").count
            if words > longest?.words ?? 0 { longest = LongestParagraph(words: words, line: paragraph.location.line) }
        }
        briefing.analysis[LongestParagraph.self] = longest
    }
}
