public import BriefingModel

/// Finds quotations that are speech and who said them; fills the attribution of quote blocks.
///
/// Quotations are spans in “…”, "…" or ‘…’ (see the body of a paragraph, list item or quote).
/// A span of one to three words with no speaker tied to it is a term in scare quotes
/// (`“demilitarization”`), not speech, and is left out. The speaker is found from the words
/// around the quotation, in this order:
/// - `according to` and a name (`according to Dr. Nurlan Abenov, “…”`);
/// - a speech verb before it with its subject: a name (`Ferraro told reporters that “…”`), a
///   possessive (`Zelenskyy’s announcement confirmed that “…”`), or a pronoun resolved to the
///   last person named (`She added that “…”`);
/// - a speech verb after it (`“…,” said Ferraro`, `“…,” Ferraro said`, `“…,” she said`).
///
/// Names are given in their fullest form when the entity analyser has run (or is run here):
/// `Zelenskyy` is reported as `Volodymyr Zelenskyy`. A quote block without an attribution gets
/// the speaker named in the paragraph that introduces it (`… Sequeira said:`).
///
/// - Complexity: O(*n*) in the length of the text.
public struct QuoteAnalyser: BriefingAnalyser {
    /// The names and titles used to recognise speakers.
    public var gazetteer: Gazetteer

    /// Creates the analyser.
    public init(gazetteer: Gazetteer = .standard) {
        self.gazetteer = gazetteer
    }

    /// `quotes`.
    public var name: String { "quotes" }

    /// Fills `AnalysisResults.quotes` in document order, and the attribution of
    /// quote blocks that lack one.
    public func analyse(_ briefing: inout Briefing) throws(BriefingError) {
        var cache = AnalysisCache()
        try analyse(&briefing, sharing: &cache)
    }

    /// Fills `AnalysisResults.quotes` and quote blocks' attributions, sharing the
    /// tokenised text through `cache` (and removing it from the cache if an attribution changed).
    public func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError) {
        let index = TextIndex.shared(briefing, &cache)
        let entities = briefing.analysis.entities ?? EntityAnalyser(gazetteer: gazetteer).entities(in: index)
        var finder = SpeakerFinder(people: entities.filter { $0.kind == .person }, gazetteer: gazetteer, index: index)
        var quotes: [AttributedQuote] = []
        var blockSpeakers: [String?] = []
        var previous: TextIndex.Unit?
        for unit in index.units {
            if unit.kind == .quote {
                let speaker = finder.introducedSpeaker(previous)
                blockSpeakers.append(speaker)
                quotes.append(
                    AttributedQuote(
                        text: index.string(unit.bytes), speaker: speaker, cue: speaker == nil ? nil : "introduced",
                        location: unit.location))
            }
            if unit.isBody {
                quotes += finder.quotes(in: unit)
            } else {
                finder.noteMentions(in: unit)
            }
            if unit.kind != .attribution { previous = unit }
        }
        briefing.analysis.quotes = quotes
        var blockIndex = 0
        var changed = false
        briefing.updateQuoteBlocks { quote in
            defer { blockIndex += 1 }
            if quote.attribution == nil, blockIndex < blockSpeakers.count, let speaker = blockSpeakers[blockIndex] {
                quote.attribution = speaker
                changed = true
            }
        }
        if changed { cache.removeValue(for: TextIndex.self) }
    }
}
