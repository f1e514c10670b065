public import BriefingModel

/// Counts words and sentences and estimates the reading time.
///
/// Words are counted in the title, headings, list labels and body; sentences in the body
/// (paragraphs, list items and quotes), with ``SentenceSegmenter``. The reading time assumes
/// ``BriefingModel/Statistics/wordsPerMinute`` words a minute.
///
/// - Complexity: O(*n*) in the length of the text.
public struct StatisticsAnalyser: BriefingAnalyser {
    /// Creates the analyser.
    public init() {}

    /// `statistics`.
    public var name: String { "statistics" }

    /// Fills ``BriefingModel/AnalysisResults/statistics``.
    public func analyse(_ briefing: inout Briefing) throws(BriefingError) {
        var words = 0
        var sentences = 0
        for unit in TextUnit.collect(briefing) {
            var text = unit.text
            text.withUTF8 { bytes in
                let ranges = SentenceSegmenter.ranges(in: bytes)
                if unit.isBody { sentences += ranges.count }
                for range in ranges { words += WordScanner.words(bytes, range).count }
            }
        }
        briefing.analysis.statistics = Statistics(words: words, sentences: sentences)
    }
}
