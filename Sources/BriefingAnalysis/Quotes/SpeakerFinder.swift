import BriefingModel

/// Ties quotations to speakers, keeping track of the last person named for pronouns.
///
/// Works on the shared ``TextIndex``: words are compared by id, and strings are made only for
/// the names it reports.
struct SpeakerFinder {
    /// A speaker's name and what tied the quotation to them.
    typealias Speaker = (name: String, cue: AttributedQuote.Cue)

    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted", "notes", "warned",
        "warns", "explained", "explains", "argued", "argues", "insisted", "insists", "declared", "declares",
        "wrote", "writes", "asked", "asks", "replied", "replies", "recalled", "remarked", "stressed", "stresses",
        "emphasised", "emphasized", "acknowledged", "admitted", "claimed", "claims", "commented", "continued",
        "observed", "predicted", "promised", "suggested", "suggests", "urged", "confirmed", "confirms",
        "announced", "announces", "described", "conceded", "cautioned", "joked", "vowed", "pledged", "answered",
    ]
    static let pronouns: Set<String> = ["he", "she", "they"]
    /// Words that may stand between a speech verb and the quotation it introduces.
    static let listenerWords: Set<String> = [
        "that", "reporters", "journalists", "analysts", "investors", "colleagues", "lawmakers", "parliament",
        "the", "a", "an", "us", "me", "him", "her", "them", "listeners", "viewers", "supporters", "delegates",
        "interview", "on", "in", "to", "also", "later", "then", "simply", "bluntly", "flatly",
    ]

    /// The words of one unit, read in place from the index.
    struct UnitWords {
        let index: TextIndex
        let range: Range<Int>

        init(_ unit: TextIndex.Unit, _ index: TextIndex) {
            self.index = index
            let first = unit.sentences.first.map { index.sentences[$0].words.lowerBound } ?? 0
            let last = unit.sentences.last.map { index.sentences[$0].words.upperBound } ?? first
            range = first..<last
        }

        var count: Int { range.count }
        subscript(position: Int) -> TextIndex.IndexedWord { index.words[range.lowerBound + position] }
        func text(_ position: Int) -> String { index.formTexts[Int(self[position].form)] }
        func lower(_ position: Int) -> Int32 { self[position].lower }
    }

    private let index: TextIndex
    private let gazetteer: Gazetteer
    /// Alias → full name, for every person.
    private var names: [String: String] = [:]
    /// Per form: whether it is a word of some person's name (a run without one names nobody known).
    private var isNameWord: [Bool]
    /// Per form: whether it can start a title, and per lower-case form the word classes used below.
    private var startsTitle: [Bool]
    private var isSpeechVerb: [Bool]
    private var isListener: [Bool]
    private var isPronoun: [Bool]
    private let according: Int32
    private let they: Int32
    private let to: Int32
    /// The person most recently named, for pronouns.
    private(set) var lastPerson: String?

    init(people: [Entity], gazetteer: Gazetteer, index: TextIndex) {
        self.index = index
        self.gazetteer = gazetteer
        for person in people {
            names[person.name] = person.name
            for alias in person.aliases { names[alias] = person.name }
            if let last = person.name.split(separator: " ").last {
                names[String(last)] = names[String(last)] ?? person.name
            }
        }
        isNameWord = Array(repeating: false, count: index.forms.count)
        for name in names.keys {
            for word in name.split(separator: " ") {
                if let id = index.forms.lookup(String(word)) { isNameWord[Int(id)] = true }
            }
        }
        startsTitle = Array(repeating: false, count: index.forms.count)
        for first in gazetteer.longestTitleFrom.keys {
            if let id = index.forms.lookup(first) { startsTitle[Int(id)] = true }
        }
        func flags(_ words: Set<String>) -> [Bool] {
            var result = Array(repeating: false, count: index.lowers.count)
            for id in index.lowerIDs(words) { result[Int(id)] = true }
            return result
        }
        isSpeechVerb = flags(Self.speechVerbs)
        isListener = flags(Self.listenerWords)
        isPronoun = flags(Self.pronouns)
        according = index.lowerID("according") ?? -1
        they = index.lowerID("they") ?? -1
        to = index.lowerID("to") ?? -1
    }

    // MARK: Reading a unit

    /// The quotations in a body unit, with speakers; notes the people named along the way.
    ///
    /// Spans, sentences and words are all in document order, so one cursor over each finds the
    /// words of every span: linear in the unit, however many quotations it holds.
    mutating func quotes(in unit: TextIndex.Unit) -> [AttributedQuote] {
        quotes(in: unit, continuing: false).quotes
    }

    /// The quotations of a unit, where the unit may continue a quotation opened in an earlier
    /// paragraph (`continuing`): the speaker named after it closes (`…,” Tarango said`), if any,
    /// and whether a quotation is left open at the unit's end (its text is the last quote).
    mutating func quotes(
        in unit: TextIndex.Unit, continuing: Bool
    ) -> (quotes: [AttributedQuote], closes: Bool, closingSpeaker: Speaker?, open: Bool) {
        let words = UnitWords(unit, index)
        let offset = unit.bytes.lowerBound
        let (spans, unclosed) = QuotationSpans.spans(
            in: UnsafeBufferPointer(rebasing: UnsafeBufferPointer(index.bytes)[unit.bytes]), openAtStart: continuing)
        var closingSpeaker: Speaker?
        var closes = false
        // The text after a mark left open: a quotation going on into the next paragraph.
        var tail: AttributedQuote?
        if let unclosed {
            let mark = index.bytes[offset + unclosed] == UInt8(ascii: "\"") ? 1 : 3
            let text = index.string((offset + unclosed + mark)..<unit.bytes.upperBound).trimmingSpacesAndCommas()
            // A mark opening the paragraph opens a quotation however short (`“I feel terrible.`);
            // elsewhere, three words or fewer left open are a stray mark.
            if unclosed == 0 ? !text.isEmpty : text.split(separator: " ").count > 3 {
                tail = AttributedQuote(text: text, speaker: nil, cue: nil, location: unit.location)
            }
        }
        guard !spans.isEmpty else {
            note(words, from: 0, to: words.count)
            if continuing && unclosed == nil {
                // A paragraph inside a quotation that runs over several paragraphs.
                let text = index.string(unit.bytes).trimmingSpacesAndCommas()
                let quote = AttributedQuote(text: text, speaker: nil, cue: nil, location: unit.location)
                return ([quote], false, nil, true)
            }
            return (tail.map { [$0] } ?? [], false, nil, tail != nil)
        }
        let sentences = index.sentences[unit.sentences]
        var found: [AttributedQuote] = []
        var noted = 0  // words before this one have been looked at for names
        var before = 0
        var sentence = sentences.startIndex
        for span in spans {
            let open = span.open + offset
            let close = span.close + offset
            while before < words.count && Int(words[before].start) < open { before += 1 }
            note(words, from: noted, to: before)
            noted = max(noted, before)
            var after = before
            while after < words.count && Int(words[after].start) < close { after += 1 }
            while sentence + 1 < sentences.endIndex && sentences[sentence + 1].bytes.lowerBound <= open {
                sentence += 1
            }
            // The sentence's words before the quotation, at most 64 of them (`according to X`,
            // `X said`): a sentence of thousands of quotations is then read in linear time.
            var first = before
            let floor = max(0, before - 64)
            while first > floor && Int(words[first - 1].start) >= sentences[sentence].bytes.lowerBound { first -= 1 }
            let attribution = speaker(words, sentenceFrom: first, quoteStart: before, quoteEnd: after)
            if span.open < 0 {
                closes = true
                closingSpeaker = attribution
            }
            if attribution == nil && after - before <= 3 && span.open >= 0 { continue }  // A term in scare quotes.
            let quoted = index.string((span.content.lowerBound + offset)..<(span.content.upperBound + offset))
            found.append(
                AttributedQuote(
                    text: quoted.trimmingSpacesAndCommas(), speaker: attribution?.name, cue: attribution?.cue,
                    location: unit.location))
            if let name = attribution?.name { lastPerson = name }
            noted = max(noted, after)
        }
        note(words, from: noted, to: words.count)
        if let tail { found.append(tail) }
        return (found, closes, closingSpeaker, tail != nil)
    }

    /// The speaker named by a unit that starts with a speech verb (`asked Mustafa Hoshiyeh, …`):
    /// the attribution of a quotation that ended the paragraph before.
    func leadingAttribution(_ unit: TextIndex.Unit) -> Speaker? {
        let words = UnitWords(unit, index)
        guard words.count > 1, words[0].shape == .lower, isSpeechVerb[Int(words.lower(0))] else { return nil }
        return speaker(words, sentenceFrom: 0, quoteStart: 0, quoteEnd: 0)
    }

    /// The person a unit without quotations reports as speaking (`But she said she would not
    /// stop.`, `Suu Kyi said the government had increased its repression.`): the subject of its
    /// first speech verb, a known person or a pronoun for the last person named before it.
    /// `before` is the last person named before the unit.
    func reportedSpeaker(_ unit: TextIndex.Unit, lastPersonBefore before: String?) -> String? {
        let words = UnitWords(unit, index)
        var current = before
        var position = 0
        var lastNameEnd = -1
        while position < words.count {
            if let (name, length) = name(words, at: position) {
                current = name
                position += length
                lastNameEnd = position
                continue
            }
            if words[position].shape == .lower, isSpeechVerb[Int(words.lower(position))] {
                if lastNameEnd == position, !words[position - 1].endsPhrase { return current }
                if position > 0, isPronoun[Int(words.lower(position - 1))], words.lower(position - 1) != they {
                    return current
                }
                return nil
            }
            position += 1
        }
        return nil
    }

    /// Whether a unit has a speech verb outside its quotations (`…,” the official told Reuters`):
    /// then the quotation has an attribution of its own, named or not. `startsInside` when the unit
    /// goes on with a quotation opened before it.
    func hasSpeechVerbOutsideQuotes(_ unit: TextIndex.Unit, startsInside: Bool) -> Bool {
        let words = UnitWords(unit, index)
        var inside = startsInside
        var cursor = unit.bytes.lowerBound
        for position in 0..<words.count {
            let start = Int(words[position].start)
            while cursor < start {
                let byte = index.bytes[cursor]
                if byte == UInt8(ascii: "\"") {
                    inside.toggle()
                } else if byte == 0xE2, cursor + 2 < start, index.bytes[cursor + 1] == 0x80 {
                    if index.bytes[cursor + 2] == 0x9C { inside = true }
                    if index.bytes[cursor + 2] == 0x9D { inside = false }
                }
                cursor += 1
            }
            cursor = max(cursor, Int(words[position].end))
            if !inside, words[position].shape == .lower, isSpeechVerb[Int(words.lower(position))] { return true }
        }
        return false
    }

    /// Whether a unit's text opens with a double quotation mark (`"` or `“`).
    func startsWithQuotationMark(_ unit: TextIndex.Unit) -> Bool {
        let start = unit.bytes.lowerBound
        guard start < unit.bytes.upperBound else { return false }
        if index.bytes[start] == UInt8(ascii: "\"") { return true }
        return start + 2 < unit.bytes.upperBound && index.bytes[start] == 0xE2 && index.bytes[start + 1] == 0x80
            && index.bytes[start + 2] == 0x9C
    }

    /// Notes the people named in a unit.
    mutating func noteMentions(in unit: TextIndex.Unit) {
        let words = UnitWords(unit, index)
        note(words, from: 0, to: words.count)
    }

    /// The speaker named in the paragraph that introduces a quote block (one ending in `:`).
    func introducedSpeaker(_ unit: TextIndex.Unit?) -> String? {
        guard let unit, unit.isBody, unit.bytes.count > 0, index.bytes[unit.bytes.upperBound - 1] == UInt8(ascii: ":")
        else { return nil }
        let words = UnitWords(unit, index)
        for position in 0..<words.count {
            if let (name, _) = name(words, at: position) { return name }
        }
        return nil
    }

    private mutating func note(_ words: UnitWords, from start: Int, to end: Int) {
        var position = start
        while position < end {
            if let (name, length) = name(words, at: position) {
                lastPerson = name
                position += length
            } else {
                position += 1
            }
        }
    }

    // MARK: Names

    /// The position after the titles (`President`, `Foreign Minister`, `Dr.`) that start at `position`.
    private func skipTitles(_ words: UnitWords, from position: Int) -> Int {
        var cursor = position
        while cursor < words.count && startsTitle[Int(words[cursor].form)] {
            if cursor + 1 < words.count,
                gazetteer.titleIndex.contains(words.text(cursor) + " " + words.text(cursor + 1))
            {
                cursor += 2
            } else if gazetteer.titleIndex.contains(words.text(cursor)) {
                cursor += 1
            } else {
                break
            }
        }
        return cursor
    }

    /// A known person's full name starting at `position` (titles skipped), and how many words it took.
    private func name(_ words: UnitWords, at position: Int) -> (String, Int)? {
        guard position < words.count, words[position].isCapitalizedOrAcronym else { return nil }
        let cursor = skipTitles(words, from: position)
        var end = cursor
        var knownWord = false
        while end < words.count && words[end].isCapitalizedOrAcronym && end - cursor < 4 {
            if isNameWord[Int(words[end].form)] { knownWord = true }
            end += 1
            if words[end - 1].endsPhrase { break }
        }
        guard end > cursor, knownWord else { return nil }
        // The longest known name in the run.
        var length = end - cursor
        while length > 0 {
            let candidate = (cursor..<cursor + length).map { words.text($0) }.joined(separator: " ")
            if let full = names[candidate] { return (full, cursor + length - position) }
            length -= 1
        }
        // Any word of the run that is a known surname.
        for offset in cursor..<end {
            if let full = names[words.text(offset)] { return (full, offset + 1 - position) }
        }
        return nil
    }

    /// A name as written when it is not a known person: the capitalised words after any titles.
    private func writtenName(_ words: UnitWords, at position: Int) -> (String, Int)? {
        if let known = name(words, at: position) { return known }
        guard position < words.count, words[position].isCapitalizedOrAcronym, !isPronoun[Int(words.lower(position))]
        else { return nil }
        let cursor = skipTitles(words, from: position)
        var end = cursor
        while end < words.count && words[end].isCapitalizedOrAcronym && end - cursor < 4 {
            end += 1
            if words[end - 1].endsPhrase { break }
        }
        guard end > cursor else { return nil }
        return ((cursor..<end).map { words.text($0) }.joined(separator: " "), end - position)
    }

    // MARK: Speakers

    /// Whether a name is a place, which does not speak (`Russia’s stated demands`).
    private func isPlace(_ name: String) -> Bool {
        guard let match = gazetteer.lookup(name) else { return false }
        return gazetteer.entries[match.entry].kind == .place
    }

    private func verb(_ words: UnitWords, _ position: Int) -> String {
        index.lowers.string(words.lower(position))
    }

    /// The speaker of the quotation between word positions `quoteStart` and `quoteEnd`.
    private func speaker(
        _ words: UnitWords, sentenceFrom first: Int, quoteStart: Int, quoteEnd: Int
    ) -> (name: String, cue: AttributedQuote.Cue)? {
        // `according to X`
        var position = first
        while position + 2 < quoteStart {
            if words.lower(position) == according && words.lower(position + 1) == to,
                let (name, _) = writtenName(words, at: position + 2)
            {
                return (name, .accordingTo)
            }
            position += 1
        }
        // A speech verb before the quotation, with only `that`, a listener or a name between them
        // (`told reporters that “…”`, `said: “…”`), not a noun phrase (`stated demands include “…”`).
        var verb = quoteStart - 1
        while verb >= first && verb >= quoteStart - 4 {
            if isSpeechVerb[Int(words.lower(verb))] { break }
            guard isListener[Int(words.lower(verb))] || words[verb].isCapitalizedOrAcronym else {
                verb = first - 1
                break
            }
            verb -= 1
        }
        if verb >= first && verb >= quoteStart - 4 {
            // Its subject: the nearest name, possessive or pronoun before it.
            var subject = verb - 1
            while subject >= first && subject >= verb - 4 {
                if isPronoun[Int(words.lower(subject))], let person = lastPerson { return (person, .pronoun) }
                if words[subject].isCapitalizedOrAcronym {
                    var start = subject
                    while start > first && words[start - 1].isCapitalizedOrAcronym && !words[start - 1].endsPhrase {
                        start -= 1
                    }
                    if let (name, _) = writtenName(words, at: start), !isPlace(name) {
                        return (name, words[subject].isPossessive ? .possessive : .speechVerb(self.verb(words, verb)))
                    }
                }
                subject -= 1
            }
        }
        // A speech verb after it: `“…,” said X`, `“…,” X said`, `“…,” she said`.
        guard quoteEnd < words.count else { return nil }
        if isSpeechVerb[Int(words.lower(quoteEnd))] {
            guard quoteEnd + 1 < words.count else { return nil }
            if isPronoun[Int(words.lower(quoteEnd + 1))], let person = lastPerson { return (person, .pronoun) }
            // `said Rotterdam coach Lars Bakker`: the first known person within a few words.
            // `said the tourist, Khaled Hijazi`: a description, a comma, then the name.
            var commas = 0
            for offset in (quoteEnd + 1)..<min(words.count, quoteEnd + 7) {
                if let (name, _) = name(words, at: offset) { return (name, .speechVerb(self.verb(words, quoteEnd))) }
                if words[offset].endsPhrase {
                    commas += 1
                    guard commas == 1, offset + 1 < words.count, words[offset + 1].isCapitalizedOrAcronym,
                        !words[quoteEnd + 1].isCapitalizedOrAcronym, isComma(words, after: offset)
                    else { break }
                }
            }
            if let (name, _) = writtenName(words, at: quoteEnd + 1), !isPlace(name) {
                return (name, .speechVerb(self.verb(words, quoteEnd)))
            }
            return nil
        }
        if isPronoun[Int(words.lower(quoteEnd))], quoteEnd + 1 < words.count,
            isSpeechVerb[Int(words.lower(quoteEnd + 1))], let person = lastPerson
        {
            return (person, .pronoun)
        }
        if let (name, length) = writtenName(words, at: quoteEnd), quoteEnd + length < words.count,
            isSpeechVerb[Int(words.lower(quoteEnd + length))]
        {
            return (name, .speechVerb(self.verb(words, quoteEnd + length)))
        }
        return laterSubject(words, quoteEnd: quoteEnd)
    }

    /// Whether the word at `position` is followed by a comma.
    private func isComma(_ words: UnitWords, after position: Int) -> Bool {
        let end = Int(words[position].end)
        return end < index.bytes.count && index.bytes[end] == UInt8(ascii: ",")
    }

    /// The subject of a speech verb after a quotation, when more than a name stands between:
    /// - a long run of capitals whose end is a known person (`Boxing Association President Ramon
    ///   Manzanares said`);
    /// - an article and a word or two before a known person (`a composed Bernardin told`);
    /// - a known person, then a description between commas (`Edberg, who …, said`, `Onarheim, 29, told`).
    private func laterSubject(_ words: UnitWords, quoteEnd: Int) -> Speaker? {
        var start = quoteEnd
        // `a composed Bernardin`, `the 26-year-old O'Brien`
        if start < words.count, !words[start].isCapitalizedOrAcronym,
            ["a", "an", "the"].contains(index.lowers.string(words.lower(start)))
        {
            var cursor = start + 1
            while cursor < min(words.count, start + 4), !words[cursor].isCapitalizedOrAcronym,
                !words[cursor].endsPhrase
            {
                cursor += 1
            }
            start = cursor
        }
        guard start < words.count, words[start].isCapitalizedOrAcronym else { return nil }
        // The capitalised run, up to eight words.
        var end = start
        while end < words.count && end - start < 8 && words[end].isCapitalizedOrAcronym {
            end += 1
            if words[end - 1].endsPhrase { break }
        }
        // The known person the run ends with.
        var person: String?
        for position in start..<end {
            if let (name, length) = name(words, at: position), position + length == end {
                person = name
                break
            }
        }
        guard let person, end < words.count else { return nil }
        if !words[end - 1].endsPhrase {
            return isSpeechVerb[Int(words.lower(end))] ? (person, .speechVerb(verb(words, end))) : nil
        }
        // `Edberg, who has announced …, said`: the verb right after the description's closing comma.
        guard isComma(words, after: end - 1) else { return nil }
        var cursor = end
        while cursor < min(words.count, end + 20) {
            if words[cursor].endsPhrase {
                guard isComma(words, after: cursor) else { return nil }
                if cursor + 1 < words.count, isSpeechVerb[Int(words.lower(cursor + 1))] {
                    return (person, .speechVerb(verb(words, cursor + 1)))
                }
            }
            cursor += 1
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing spaces, and without a trailing comma (`“…,” she said`).
    func trimmingSpacesAndCommas() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace && $0 != "," })
        else { return "" }
        return first <= last ? String(scalars[first...last]) : ""
    }
}
