public import BriefingModel

/// Finds quotations that are speech and who said them.
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
/// `Zelenskyy` is reported as `Volodymyr Zelenskyy`. A quote block without an attribution is
/// given the speaker named in the paragraph that introduces it (`… Sequeira said:`). A quotation
/// with no speaker of its own that goes on after a break — later in the same paragraph, or in
/// the next one with no unquoted paragraph between — is its speaker's (`“…,” Bassi said. “But…”`).
/// A quotation over several paragraphs, each opening with a mark and only the last closing (wire
/// style), is one quotation; an attribution that a sentence split carried into the next paragraph
/// (`…?”` / `asked Mustafa Hoshiyeh, …`) is the quotation's; a quotation opening the paragraph right
/// after reported speech (`She said she would stay.` / `“We will carry on.”`) is the reported
/// speaker's — never when the quotation has an attribution of its own that names no one
/// (`…,” the official told Reuters`).
///
/// Speakers it finds are its findings, in `AnalysisResults.quotes` only: the outline's quote
/// blocks keep the attribution the article itself gives (or none), so that an author's
/// attribution and a guess never look the same.
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

    /// Fills `AnalysisResults.quotes` in document order, sharing the tokenised text through `cache`.
    public func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError) {
        let index = TextIndex.shared(briefing, &cache)
        let entities = briefing.analysis.entities ?? EntityAnalyser(gazetteer: gazetteer).entities(in: index)
        var finder = SpeakerFinder(people: entities.filter { $0.kind == .person }, gazetteer: gazetteer, index: index)
        var quotes: [AttributedQuote] = []
        var previous: TextIndex.Unit?
        var lastBlock: Int?
        // The body unit (counted) of the last quotation with a speaker, and that speaker.
        var lastSpeaker: (unit: Int, speaker: String)?
        var bodyUnits = 0
        // The body unit of the last quotation found in a paragraph.
        var lastQuoteUnit = -2
        // The body unit of the last paragraph of reported speech (no quotation), and its speaker.
        var reported: (unit: Int, speaker: String)?
        // Where in `quotes` the paragraphs of the last quotation are.
        var lastQuotation = 0..<0
        // The body unit where a quotation left open began, and its paragraphs so far.
        var openSince: Int?
        var tentative: [AttributedQuote] = []
        for unit in index.units {
            if unit.kind == .quote {
                var speaker = finder.introducedSpeaker(previous)
                var cue: AttributedQuote.Cue? = speaker == nil ? nil : .introduced
                if let since = openSince {
                    // A wholly quoted paragraph (read as a quote block) closes the quotation left
                    // open before it: the paragraphs between are quotations of the same speaker.
                    if speaker == nil, let last = lastSpeaker, last.unit >= since - 1 {
                        speaker = last.speaker
                        cue = .continuation
                    } else if speaker == nil, let reported, reported.unit >= since - 1 {
                        speaker = reported.speaker
                        cue = .continuation
                    }
                    for position in tentative.indices {
                        tentative[position].speaker = speaker
                        tentative[position].cue = cue
                    }
                    quotes += tentative
                    tentative = []
                    openSince = nil
                    if let speaker { lastSpeaker = (bodyUnits - 1, speaker) }
                }
                if speaker == nil, let last = lastSpeaker, last.unit >= bodyUnits - 1 {
                    // A wholly quoted paragraph right after a quotation with a speaker goes on with it.
                    speaker = last.speaker
                    cue = .continuation
                } else if speaker == nil, let reported, reported.unit >= bodyUnits - 1 {
                    // … or right after a paragraph of reported speech (`She said she would stay.`).
                    speaker = reported.speaker
                    cue = .continuation
                }
                if let speaker { lastSpeaker = (bodyUnits, speaker) }
                lastBlock = quotes.count
                lastQuoteUnit = bodyUnits
                lastQuotation = quotes.count..<(quotes.count + 1)
                quotes.append(
                    AttributedQuote(
                        text: index.string(unit.bytes), speaker: speaker, cue: cue, location: unit.location))
            } else if unit.kind == .attribution, let block = lastBlock {
                // The attribution the article gives the quote block just read (`> — Name`).
                quotes[block].speaker = index.string(unit.bytes)
                quotes[block].cue = .attribution
            }
            if unit.isBody {
                let personBefore = finder.lastPerson
                var (unitQuotes, closes, closing, open) = finder.quotes(
                    in: unit, continuing: openSince != nil && unit.kind != .quote)
                // `…?”` then a paragraph `asked Mustafa Hoshiyeh, …`: the attribution the sentence
                // split carried into the next paragraph is the last quotation's.
                // It overrides a speaker guessed from the quotation before.
                if let last = quotes.indices.last, lastQuoteUnit == bodyUnits - 1,
                    quotes[last].speaker == nil || quotes[last].cue == .continuation,
                    let speaker = finder.leadingAttribution(unit)
                {
                    for position in lastQuotation where position < quotes.count {
                        quotes[position].speaker = speaker.name
                        quotes[position].cue = speaker.cue
                    }
                    lastSpeaker = (bodyUnits, speaker.name)
                }
                // Wire style: each paragraph of a long quotation opens with a mark and only the last
                // closes, so a paragraph that opens with one goes on with the quotation left open.
                if !closes, !open, openSince != nil, let first = unitQuotes.first, finder.startsWithQuotationMark(unit)
                {
                    closes = true
                    closing = first.speaker.map { ($0, first.cue ?? .continuation) }
                }
                var found = unitQuotes
                let carried = closes ? tentative.count : 0
                // A quotation that closes on an attribution naming no one (`…,” the official said`).
                let anonymous = closes && closing == nil && finder.hasSpeechVerbOutsideQuotes(unit, startsInside: true)
                if closes {
                    // A quotation over several paragraphs closes here: its earlier paragraphs are
                    // quotations too, and the speaker named where it closes is theirs — or, if none
                    // is, the speaker of the quotation just before it opened.
                    var speaker = closing
                    if speaker == nil, !anonymous, let last = lastSpeaker, let since = openSince, last.unit >= since - 1
                    {
                        speaker = (last.speaker, .continuation)
                        lastSpeaker = (bodyUnits, last.speaker)
                    } else if speaker == nil, !anonymous, let reported, let since = openSince,
                        reported.unit >= since - 1
                    {
                        speaker = (reported.speaker, .continuation)
                        lastSpeaker = (bodyUnits, reported.speaker)
                    }
                    for position in tentative.indices {
                        tentative[position].speaker = speaker?.name
                        tentative[position].cue = speaker?.cue
                    }
                    found = tentative + found
                }
                if closes || (openSince != nil && !open) { tentative = [] }
                if open, let last = found.popLast() {
                    // Held until the quotation closes: one that never does is no quotation.
                    let since = openSince ?? bodyUnits
                    if bodyUnits - since >= 6 {
                        openSince = nil
                        tentative = []
                    } else {
                        openSince = since
                        tentative.append(last)
                    }
                } else {
                    openSince = nil
                }
                if !closes, let reported, reported.unit == bodyUnits - 1, let first = found.first, first.speaker == nil,
                    finder.startsWithQuotationMark(unit), !finder.hasSpeechVerbOutsideQuotes(unit, startsInside: false)
                {
                    for position in found.indices where found[position].speaker == nil {
                        found[position].speaker = reported.speaker
                        found[position].cue = .continuation
                    }
                    lastSpeaker = (bodyUnits, reported.speaker)
                }
                for position in found.indices {
                    if let speaker = found[position].speaker {
                        lastSpeaker = (bodyUnits, speaker)
                    } else if !anonymous, let last = lastSpeaker, last.unit >= bodyUnits - 1 {
                        // `“…,” Bassi said. “But…”`: the quotation goes on, in this paragraph or
                        // the next, with no unquoted paragraph between.
                        found[position].speaker = last.speaker
                        found[position].cue = .continuation
                        lastSpeaker = (bodyUnits, last.speaker)
                    }
                }
                if found.isEmpty, !open, unit.kind != .quote {
                    // `But she said she would carry on.` then `“We will carry on.”`: a quotation
                    // with no speaker of its own right after reported speech is the reported speaker's.
                    reported = finder.reportedSpeaker(unit, lastPersonBefore: personBefore).map { (bodyUnits, $0) }
                }
                if !found.isEmpty {
                    lastQuoteUnit = bodyUnits
                    // The last quotation's paragraphs: those carried to where it closed, if it
                    // closed last in this one.
                    let start = closes && found.count == carried + 1 ? quotes.count : quotes.count + found.count - 1
                    lastQuotation = start..<(quotes.count + found.count)
                }
                quotes += found
                bodyUnits += 1
            } else {
                finder.noteMentions(in: unit)
            }
            if unit.kind != .attribution { previous = unit }
        }
        briefing.analysis.quotes = quotes
    }
}
