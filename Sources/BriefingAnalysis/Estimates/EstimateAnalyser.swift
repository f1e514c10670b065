public import BriefingModel

/// Finds hedged judgements — sentences with estimative language — and maps each to the
/// probability bands of ICD 203, the US Intelligence Community's *Analytic Standards*.
///
/// | phrase | band | probability |
/// |---|---|---|
/// | almost no chance, remote chance/possibility | almost no chance | 1–5 % |
/// | very/highly unlikely, highly improbable | very unlikely | 5–20 % |
/// | unlikely, improbable, *not likely* | unlikely | 20–45 % |
/// | roughly even chance/odds | roughly even chance | 45–55 % |
/// | likely, probable, probably | likely | 55–80 % |
/// | very/highly likely, highly probable | very likely | 80–95 % |
/// | almost/nearly/virtually certain(ly) | almost certain | 95–99 % |
///
/// A negation right before a phrase turns it round (`not likely` → unlikely, `not unlikely` →
/// likely). The modal verbs *may*, *might* and *could* are hedges without a band. Each sentence
/// gives at most one estimate: its first banded phrase, or else its first modal hedge.
/// Sentences are read from the body (paragraphs, list items and quotes).
///
/// - Complexity: O(*n*) in the length of the text.
public struct EstimateAnalyser: BriefingAnalyser {
    /// Whether modal hedges (`may`, `might`, `could`) are reported, without a band.
    public var includesModalHedges: Bool

    /// Creates the analyser.
    public init(includesModalHedges: Bool = true) {
        self.includesModalHedges = includesModalHedges
    }

    /// `estimates`.
    public var name: String { "estimates" }

    /// Fills ``BriefingModel/AnalysisResults/estimates`` in document order.
    public func analyse(_ briefing: inout Briefing) throws(BriefingError) {
        var estimates: [Estimate] = []
        for unit in TextUnit.collect(briefing) where unit.isBody {
            var text = unit.text
            text.withUTF8 { bytes in
                for range in SentenceSegmenter.ranges(in: bytes) {
                    if let estimate = estimate(bytes, range, location: unit.location) { estimates.append(estimate) }
                }
            }
        }
        briefing.analysis.estimates = estimates
    }

    /// The estimate in one sentence, if it has estimative language.
    private func estimate(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, location: SourceLocation?
    ) -> Estimate? {
        let words = WordScanner.words(bytes, range)
        guard !words.isEmpty else { return nil }
        let lower = words.map { word -> String in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]), as: UTF8.self).lowercased()
        }
        var modal: Int?
        var index = 0
        while index < lower.count {
            for phrase in EstimativeLanguage.phrases where matches(phrase.words, lower, at: index, words) {
                var band = phrase.band
                var start = index
                if index > 0, EstimativeLanguage.negations.contains(lower[index - 1]) {
                    band = EstimativeLanguage.negated(band)
                    start = index - 1
                } else if index > 1, lower[index - 1] == "very", EstimativeLanguage.negations.contains(lower[index - 2])
                {
                    band = EstimativeLanguage.negated(band)
                    start = index - 2
                }
                let end = index + phrase.words.count - 1
                return Estimate(
                    text: sentence(bytes, range), phrase: text(bytes, words[start].start, words[end].end), band: band,
                    location: location)
            }
            if modal == nil, includesModalHedges, EstimativeLanguage.modalHedges.contains(lower[index]),
                words[index].shape == .lower
            {
                modal = index
            }
            index += 1
        }
        guard let modal else { return nil }
        return Estimate(
            text: sentence(bytes, range), phrase: text(bytes, words[modal].start, words[modal].end), band: nil,
            location: location)
    }

    private func matches(_ phrase: [String], _ lower: [String], at index: Int, _ words: [Word]) -> Bool {
        guard index + phrase.count <= lower.count else { return false }
        for offset in 0..<phrase.count {
            guard lower[index + offset] == phrase[offset] else { return false }
            // A phrase does not run across punctuation (`likely, and`).
            if offset < phrase.count - 1 && words[index + offset].endsPhrase { return false }
        }
        return true
    }

    private func sentence(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        text(bytes, range.lowerBound, range.upperBound)
    }

    private func text(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
