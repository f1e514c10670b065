public import BriefingModel

/// Finds the people, organisations, places and other named things an article mentions, counts
/// their mentions, notes where each is first mentioned, and merges the names they go by.
///
/// It works in two passes over the title, headings, list items, paragraphs and quotes, with no
/// model to download:
/// 1. **Look-up and capitalisation.** Each sentence is split into runs of capitalised words.
///    Names in the ``Gazetteer`` (countries, capitals, cities, regions, organisations) are matched
///    longest first, together with their demonyms (`Ukrainian` is a mention of Ukraine) and
///    abbreviations (`UN`, `U.S.`); titles (`President`, `Foreign Minister`, `Dr.`) mark the name
///    after them as a person; the rest is kept as an unknown name.
/// 2. **Resolution.** Unknown names of two or more words are people unless a word marks an
///    organisation (`Institute`, `Ministry`, `AG`), a place (`River`) or another thing (`War`,
///    `Cup`). Single words are merged into the names they belong to: surnames
///    (`Zelenskyy`, `President Zelenskyy` → `Volodymyr Zelenskyy`), first words of organisations
///    (`Alpenwerk`), acronyms (`UNECE`).
///
/// Titles, headings and list labels are written in Title Case, so they add mentions of names
/// found elsewhere but never create entities of their own.
///
/// - Complexity: O(*n*) in the length of the text.
public struct EntityAnalyser: BriefingAnalyser {
    /// The names known before reading.
    public var gazetteer: Gazetteer

    /// Creates an analyser that uses `gazetteer` (by default ``Gazetteer/standard``).
    public init(gazetteer: Gazetteer = .standard) {
        self.gazetteer = gazetteer
    }

    /// `entities`.
    public var name: String { "entities" }

    /// Fills `AnalysisResults.entities`, sharing the tokenised text through `cache`.
    public func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError) {
        briefing.analysis.entities = entities(in: TextIndex.shared(briefing, &cache))
    }

    /// The entities of `briefing`, most mentioned first.
    public func entities(in briefing: Briefing) -> [Entity] {
        entities(in: TextIndex(briefing))
    }

    func entities(in index: TextIndex) -> [Entity] {
        let occurrences = EntityRecogniser(gazetteer: gazetteer).occurrences(in: index)
        return EntityResolver(gazetteer: gazetteer).entities(from: occurrences)
    }
}
