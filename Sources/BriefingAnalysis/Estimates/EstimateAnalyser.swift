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
/// | likely, probable, probably, is/are/was/were expected to | likely | 55–80 % |
/// | very/highly likely, highly probable, is/are widely expected to | very likely | 80–95 % |
/// | almost/nearly/virtually certain(ly) | almost certain | 95–99 % |
///
/// A negation right before a phrase, or right after it, turns it round (`not likely` → unlikely,
/// `not unlikely` → likely, `would probably not` → unlikely). A phrase after a comparative is a
/// comparison, not an estimate (`three times more likely to bite`, `as likely as`). The modal verbs
/// *may*, *might* and *could*, the adverbs *perhaps*, *possibly* and *maybe*, and *there is a
/// chance* are hedges without a band. Each sentence
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

    /// Fills `AnalysisResults.estimates`, sharing the tokenised text through `cache`.
    public func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError) {
        let index = TextIndex.shared(briefing, &cache)
        let language = EstimativeLanguage.Compiled(index)
        var estimates: [Estimate] = []
        for unit in index.units where unit.isBody {
            for sentence in index.sentences[unit.sentences] {
                if let estimate = estimate(in: sentence, index, language, location: unit.location) {
                    estimates.append(estimate)
                }
            }
        }
        briefing.analysis.estimates = estimates
    }

    /// The estimate in one sentence, if it has estimative language.
    private func estimate(
        in sentence: TextIndex.Sentence, _ index: TextIndex, _ language: EstimativeLanguage.Compiled,
        location: SourceLocation?
    ) -> Estimate? {
        let words = index.words[sentence.words]
        var modal: (start: Int, end: Int)?
        var position = words.startIndex
        while position < words.endIndex {
            let lower = words[position].lower
            if language.starts[Int(lower)] {
                for phrase in language.phrases where matches(phrase.words, words, at: position) {
                    // `three times more likely to bite`: a comparison, not an estimate.
                    if position > words.startIndex, language.comparatives.contains(words[position - 1].lower) {
                        continue
                    }
                    var band = phrase.band
                    var start = position
                    var end = position + phrase.words.count - 1
                    if end + 1 < words.endIndex, !words[end].endsPhrase,
                        language.negations.contains(words[end + 1].lower)
                    {
                        // `would probably not`: the negation under the hedge.
                        band = EstimativeLanguage.negated(band)
                        end += 1
                    } else if position > words.startIndex, language.negations.contains(words[position - 1].lower) {
                        band = EstimativeLanguage.negated(band)
                        start = position - 1
                    } else if position > words.startIndex + 1, words[position - 1].lower == language.very,
                        language.negations.contains(words[position - 2].lower)
                    {
                        band = EstimativeLanguage.negated(band)
                        start = position - 2
                    }
                    return Estimate(
                        text: index.string(sentence.bytes), phrase: index.text(from: words[start], to: words[end]),
                        band: band, location: location)
                }
            }
            if modal == nil, includesModalHedges {
                if language.modals[Int(lower)], words[position].shape == .lower {
                    modal = (position, position)
                } else if let hedge = language.unbanded.first(where: { matches($0, words, at: position) }) {
                    modal = (position, position + hedge.count - 1)
                }
            }
            position += 1
        }
        guard let modal else { return nil }
        return Estimate(
            text: index.string(sentence.bytes), phrase: index.text(from: words[modal.start], to: words[modal.end]),
            band: nil, location: location)
    }

    private func matches(_ phrase: [Int32], _ words: ArraySlice<TextIndex.IndexedWord>, at position: Int) -> Bool {
        guard position + phrase.count <= words.endIndex else { return false }
        for offset in 0..<phrase.count {
            guard words[position + offset].lower == phrase[offset] else { return false }
            // A phrase does not run across punctuation (`likely, and`).
            if offset < phrase.count - 1 && words[position + offset].endsPhrase { return false }
        }
        return true
    }
}
