import BriefingModel

/// The phrases that express likelihood, and the ICD 203 band each means.
enum EstimativeLanguage {
    /// Phrases in lower case, as word sequences; longer phrases are tried first.
    static let phrases: [(words: [String], band: EstimateBand)] = {
        let table: [(String, EstimateBand)] = [
            ("almost no chance", .almostNoChance), ("almost no possibility", .almostNoChance),
            ("remote chance", .almostNoChance), ("remote possibility", .almostNoChance),
            ("remote prospect", .almostNoChance), ("remote likelihood", .almostNoChance),
            ("very unlikely", .veryUnlikely), ("highly unlikely", .veryUnlikely),
            ("extremely unlikely", .veryUnlikely), ("highly improbable", .veryUnlikely),
            ("very improbable", .veryUnlikely),
            ("unlikely", .unlikely), ("improbable", .unlikely),
            ("roughly even chance", .roughlyEvenChance), ("roughly even odds", .roughlyEvenChance),
            ("even chance", .roughlyEvenChance), ("even odds", .roughlyEvenChance),
            ("very likely", .veryLikely), ("highly likely", .veryLikely), ("highly probable", .veryLikely),
            ("very probable", .veryLikely),
            ("almost certain", .almostCertain), ("almost certainly", .almostCertain),
            ("nearly certain", .almostCertain), ("nearly certainly", .almostCertain),
            ("virtually certain", .almostCertain), ("virtually certainly", .almostCertain),
            ("likely", .likely), ("probable", .likely), ("probably", .likely),
            ("is expected to", .likely), ("are expected to", .likely), ("was expected to", .likely),
            ("were expected to", .likely), ("is widely expected to", .veryLikely),
            ("are widely expected to", .veryLikely),
        ]
        return table.map { (words: $0.0.split(separator: " ").map(String.init), band: $0.1) }
            .sorted { $0.words.count > $1.words.count }
    }()

    /// Modal verbs that say something is possible without saying how likely.
    static let modalHedges: Set<String> = ["may", "might", "could"]

    /// Other hedges without a band, as word sequences: adverbs of possibility (`perhaps`,
    /// `possibly`) and the chance that something happens (`there is a chance`).
    static let unbandedHedges: [[String]] = [
        ["there", "is", "a", "chance"], ["there", "was", "a", "chance"], ["there's", "a", "chance"],
        ["there’s", "a", "chance"], ["a", "chance", "that"], ["perhaps"], ["possibly"], ["maybe"],
    ]

    /// Words that make the phrase after them a comparison, not an estimate (`more likely to bite`).
    static let comparatives: Set<String> = ["more", "less", "most", "least", "as", "equally", "twice"]

    /// Words that negate the phrase right after them (`not likely`, `isn't likely`).
    static let negations: Set<String> = [
        "not", "never", "no", "isn't", "isn’t", "aren't", "aren’t", "wasn't", "wasn’t", "won't", "won’t",
    ]

    /// The phrases as ids of one text's vocabulary; phrases the text cannot hold are left out.
    struct Compiled {
        var phrases: [(words: [Int32], band: EstimateBand)] = []
        /// Per lower-case word: whether a phrase starts with it, so other words are passed over quickly.
        var starts: [Bool]
        var modals: [Bool]
        var negations: Set<Int32>
        var very: Int32
        var unbanded: [[Int32]] = []
        var comparatives: Set<Int32>

        init(_ index: TextIndex) {
            starts = Array(repeating: false, count: index.lowers.count)
            modals = Array(repeating: false, count: index.lowers.count)
            for phrase in EstimativeLanguage.phrases {
                let ids = phrase.words.compactMap { index.lowerID($0) }
                guard ids.count == phrase.words.count else { continue }
                phrases.append((ids, phrase.band))
                starts[Int(ids[0])] = true
            }
            for id in index.lowerIDs(EstimativeLanguage.modalHedges) { modals[Int(id)] = true }
            negations = index.lowerIDs(EstimativeLanguage.negations)
            very = index.lowerID("very") ?? -1
            comparatives = index.lowerIDs(EstimativeLanguage.comparatives)
            for hedge in EstimativeLanguage.unbandedHedges {
                let ids = hedge.compactMap { index.lowerID($0) }
                if ids.count == hedge.count { unbanded.append(ids) }
            }
        }
    }

    /// The band meant by a negated phrase: `not likely` is unlikely, `not unlikely` is likely.
    static func negated(_ band: EstimateBand) -> EstimateBand {
        switch band {
        case .likely, .veryLikely, .almostCertain, .roughlyEvenChance: .unlikely
        case .unlikely, .veryUnlikely: .likely
        case .almostNoChance: .unlikely
        }
    }
}
