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

    /// Fills `AnalysisResults.keyphrases`, sharing the tokenised text through `cache`.
    public func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError) {
        briefing.analysis.keyphrases = keyphrases(in: TextIndex.shared(briefing, &cache))
    }

    /// The keyphrases of `briefing`, best first.
    public func keyphrases(in briefing: Briefing) -> [Keyphrase] {
        keyphrases(in: TextIndex(briefing))
    }

    private struct Candidate {
        var score = 0.0
        var count = 0
        var words = 0
    }

    /// Two or three word ids in one integer, 21 bits each; a pair has the top bit set (word ids
    /// past 2^21 are not candidates).
    private static let idLimit: Int32 = 1 << 21
    private static let idMask: UInt64 = (1 << 21) - 1
    private static let pairBit: UInt64 = 1 << 63

    @inline(__always)
    private static func key(_ ids: ArraySlice<Int32>) -> UInt64 {
        let start = ids.startIndex
        if ids.count == 2 { return pairBit | UInt64(ids[start]) << 21 | UInt64(ids[start + 1]) }
        return UInt64(ids[start]) << 42 | UInt64(ids[start + 1]) << 21 | UInt64(ids[start + 2])
    }

    private static func ids(_ key: UInt64) -> [Int32] {
        if key & pairBit != 0 { return [Int32((key >> 21) & idMask), Int32(key & idMask)] }
        return [Int32((key >> 42) & idMask), Int32((key >> 21) & idMask), Int32(key & idMask)]
    }

    func keyphrases(in index: TextIndex) -> [Keyphrase] {
        var table = IntegerTable(capacity: 4096)
        var scores: [Double] = []
        var counts: [Int32] = []
        // Written forms of phrases that hold a capital letter (an all-lower-case phrase is shown as it is).
        var formTable = IntegerTable(capacity: 256)
        var formUses: [(phrase: Int, count: Int)] = []
        var content = Array(repeating: false, count: index.lowers.count)
        for id in 0..<index.lowers.count {
            content[id] = !index.isStopWord[id] && index.lowers.length(Int32(id)) > 1 && Int32(id) < Self.idLimit
        }
        // The current run of content words, reused from run to run.
        var run = [Int32](repeating: 0, count: 64)
        var runForms = [Int32](repeating: 0, count: 64)
        var runCount = 0
        var runHasCapital = false
        var weight = 1.0
        func flush() {
            defer {
                runCount = 0
                runHasCapital = false
            }
            guard runCount >= 2 else { return }
            for length in 2...3 where runCount >= length {
                for start in 0...(runCount - length) {
                    let (phrase, isNew) = table.index(of: Self.key(run[start..<start + length]))
                    if isNew {
                        scores.append(0)
                        counts.append(0)
                    }
                    scores[phrase] += weight
                    counts[phrase] += 1
                    if runHasCapital {
                        let (form, isNewForm) = formTable.index(of: Self.key(runForms[start..<start + length]))
                        if isNewForm { formUses.append((phrase, 0)) }
                        formUses[form].count += 1
                    }
                }
            }
        }
        for unit in index.units where unit.kind != .tableRow {  // Table rows are data, not phrases.
            switch unit.kind {
            case .title: weight = 3
            case .heading, .label: weight = 2
            default: weight = 1
            }
            for sentence in index.sentences[unit.sentences] {
                for word in index.words[sentence.words] {
                    if word.startsPhrase { flush() }
                    let isWord = word.shape == .capitalized || word.shape == .lower || word.shape == .allCaps
                    if isWord && content[Int(word.lower)] && word.form < Self.idLimit {
                        if runCount == run.count {
                            run.append(0)
                            runForms.append(0)
                        }
                        run[runCount] = word.lower
                        runForms[runCount] = word.form
                        runCount += 1
                        if word.shape != .lower { runHasCapital = true }
                    } else {
                        flush()
                    }
                    if word.endsPhrase { flush() }
                }
                flush()
            }
        }
        // Drop phrases that mostly occur inside a longer one.
        var dropped = Array(repeating: false, count: table.count)
        for phrase in 0..<table.count where counts[phrase] >= 2 {
            let words = Self.ids(table.keys[phrase])
            guard words.count == 3 else { continue }
            for part in [Self.key(words[0...1]), Self.key(words[1...2])] {
                if let shorter = table.find(part), Double(counts[phrase]) >= 0.7 * Double(counts[shorter]) {
                    dropped[shorter] = true
                }
            }
        }
        func text(_ key: UInt64, forms interner: Interner) -> String {
            Self.ids(key).map { interner.string($0) }.joined(separator: " ")
        }
        // The form each phrase is written in most often (on a tie, the one that sorts first); a
        // phrase's lower-case uses count as uses of the lower-case form.
        var bestForm: [Int: (text: String, count: Int)] = [:]
        var capitalUses = Array(repeating: 0, count: table.count)
        for use in formUses { capitalUses[use.phrase] += use.count }
        for (form, use) in formUses.enumerated() where counts[use.phrase] >= 2 && !dropped[use.phrase] {
            let written = text(formTable.keys[form], forms: index.forms)
            if let best = bestForm[use.phrase],
                best.count > use.count || (best.count == use.count && best.text < written)
            {
                continue
            }
            bestForm[use.phrase] = (written, use.count)
        }
        var ranked: [(score: Double, text: String)] = []
        for phrase in 0..<table.count where counts[phrase] >= 2 && !dropped[phrase] {
            let words = Self.ids(table.keys[phrase]).count
            let score = ((scores[phrase] * (words == 3 ? 1.2 : 1)) * 100).rounded() / 100
            let lower = text(table.keys[phrase], forms: index.lowers)
            var shown = lower
            if let best = bestForm[phrase] {
                let lowerUses = Int(counts[phrase]) - capitalUses[phrase]
                if best.count > lowerUses || (best.count == lowerUses && best.text < lower) { shown = best.text }
            }
            ranked.append((score, shown))
        }
        ranked.sort { ($0.score, $1.text.lowercased()) > ($1.score, $0.text.lowercased()) }
        return ranked.prefix(limit).map { Keyphrase(text: $0.text, score: $0.score) }
    }
}
