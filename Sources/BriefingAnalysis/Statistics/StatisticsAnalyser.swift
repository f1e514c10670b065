public import BriefingModel

/// Counts words and sentences and estimates the reading time.
///
/// Words are counted in the title, headings, list labels and body; sentences in the body
/// (paragraphs, list items and quotes), with ``SentenceSegmenter``. The reading time assumes
/// `Statistics.wordsPerMinute` words a minute.
///
/// - Complexity: O(*n*) in the length of the text.
public struct StatisticsAnalyser: BriefingAnalyser {
    /// Creates the analyser.
    public init() {}

    /// `statistics`.
    public var name: String { "statistics" }

    /// Fills `AnalysisResults.statistics`, sharing the tokenised text through `cache`.
    public func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError) {
        let index = TextIndex.shared(briefing, &cache)
        let sentences = index.units.reduce(0) { $0 + ($1.isBody ? $1.sentences.count : 0) }
        briefing.analysis.statistics = Statistics(words: index.words.count, sentences: sentences)
    }
}
