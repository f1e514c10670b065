public import BriefingModel

/// Finds the multi-word phrases that characterise an article.
///
/// **Method.** A frequency-based variant of RAKE (Rose et al., *Automatic Keyword Extraction from
/// Individual Documents*, 2010), chosen because it needs no corpus statistics and runs in one pass:
/// 1. Text is cut into candidate runs at punctuation and at stop words; numbers and one-letter
///    words also cut. Within each run, every sequence of two or three words is a candidate
///    (`lasting Ukraine peace` gives `lasting Ukraine`, `Ukraine peace` and itself).
/// 2. A candidate scores the sum of where it occurs — 3 in the title, 2 in a heading or list
///    label, 1 in body text — times 1.2 for three words, so that a phrase the article keeps
///    coming back to, and puts in its headings, ranks first.
/// 3. A phrase is dropped when a longer phrase containing it occurs nearly as often (at least
///    70 % as often): `Zelenskyy Putin` gives way to `Zelenskyy Putin meeting`.
///    Phrases seen only once are dropped.
///
/// Case is ignored when counting; each phrase is shown in the form the article uses most.
/// Scores are rounded to two decimals.
///
/// - Complexity: O(*n*) in the length of the text, plus sorting the candidates.
public struct KeyphraseAnalyser: BriefingAnalyser {
    /// The most keyphrases reported (default 10).
    public var limit: Int

    /// Creates the analyser.
    public init(limit: Int = 10) {
        self.limit = max(0, limit)
    }

    /// `keyphrases`.
    public var name: String { "keyphrases" }

    /// Fills ``BriefingModel/AnalysisResults/keyphrases``, best first.
    public func analyse(_ briefing: inout Briefing) throws(BriefingError) {
        briefing.analysis.keyphrases = keyphrases(in: briefing)
    }

    private struct Candidate {
        var score = 0.0
        var count = 0
        var forms: [String: Int] = [:]
        var words = 0
    }

    /// The keyphrases of `briefing`, best first.
    public func keyphrases(in briefing: Briefing) -> [Keyphrase] {
        var candidates: [String: Candidate] = [:]
        for unit in TextUnit.collect(briefing) {
            let weight: Double
            switch unit.kind {
            case .title: weight = 3
            case .heading, .label: weight = 2
            default: weight = 1
            }
            var text = unit.text
            text.withUTF8 { bytes in
                for sentence in SentenceSegmenter.ranges(in: bytes) {
                    var run: [(lower: String, form: String)] = []
                    func flush() {
                        guard run.count >= 2 else {
                            run.removeAll(keepingCapacity: true)
                            return
                        }
                        for length in 2...3 where run.count >= length {
                            for start in 0...(run.count - length) {
                                let slice = run[start..<start + length]
                                let key = slice.map(\.lower).joined(separator: " ")
                                let form = slice.map(\.form).joined(separator: " ")
                                candidates[key, default: Candidate(words: length)].score += weight
                                candidates[key, default: Candidate(words: length)].count += 1
                                candidates[key, default: Candidate(words: length)].forms[form, default: 0] += 1
                            }
                        }
                        run.removeAll(keepingCapacity: true)
                    }
                    for word in WordScanner.words(bytes, sentence) {
                        if word.startsPhrase { flush() }
                        let form = String(
                            decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]), as: UTF8.self)
                        let lower = form.lowercased()
                        let isContent =
                            (word.shape == .capitalized || word.shape == .lower || word.shape == .allCaps)
                            && lower.count > 1 && !StopWords.contains(lower)
                        if isContent {
                            run.append((lower, form))
                        } else {
                            flush()
                        }
                        if word.endsPhrase { flush() }
                    }
                    flush()
                }
            }
        }
        // Drop phrases that mostly occur inside a longer one.
        var dropped: Set<String> = []
        for (key, candidate) in candidates where candidate.words == 3 && candidate.count >= 2 {
            let words = key.split(separator: " ")
            for part in [words[0...1].joined(separator: " "), words[1...2].joined(separator: " ")] {
                if let shorter = candidates[part], Double(candidate.count) >= 0.7 * Double(shorter.count) {
                    dropped.insert(part)
                }
            }
        }
        let ranked = candidates.filter { $0.value.count >= 2 && !dropped.contains($0.key) }
            .map { key, candidate -> (String, Double, String) in
                let score = candidate.score * (candidate.words == 3 ? 1.2 : 1)
                let form = candidate.forms.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? key
                return (key, (score * 100).rounded() / 100, form)
            }
            .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
        return ranked.prefix(limit).map { Keyphrase(text: $0.2, score: $0.1) }
    }
}
