import BriefingModel

/// Ties quotations to speakers, keeping track of the last person named for pronouns.
struct SpeakerFinder {
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted", "notes", "warned",
        "warns", "explained", "explains", "argued", "argues", "insisted", "insists", "declared", "declares",
        "wrote", "writes", "asked", "asks", "replied", "replies", "recalled", "remarked", "stressed", "stresses",
        "emphasised", "emphasized", "acknowledged", "admitted", "claimed", "claims", "commented", "continued",
        "observed", "predicted", "promised", "suggested", "suggests", "urged", "confirmed", "confirms",
        "announced", "announces", "described", "conceded", "cautioned", "joked", "vowed", "pledged", "answered",
    ]
    static let pronouns: Set<String> = ["he", "she", "they", "He", "She", "They"]
    /// Words that may stand between a speech verb and the quotation it introduces.
    static let listenerWords: Set<String> = [
        "that", "reporters", "journalists", "analysts", "investors", "colleagues", "lawmakers", "parliament",
        "the", "a", "an", "us", "me", "him", "her", "them", "listeners", "viewers", "supporters", "delegates",
        "an", "interview", "on", "in", "to", "also", "later", "then", "simply", "bluntly", "flatly",
    ]

    /// Alias → full name, for every person.
    private var names: [String: String] = [:]
    private let titles: Set<String>
    private let gazetteer: Gazetteer
    /// The person most recently named, for pronouns.
    private(set) var lastPerson: String?

    init(people: [Entity], gazetteer: Gazetteer) {
        titles = gazetteer.titleIndex
        self.gazetteer = gazetteer
        for person in people {
            names[person.name] = person.name
            for alias in person.aliases { names[alias] = person.name }
            if let last = person.name.split(separator: " ").last {
                names[String(last)] = names[String(last)] ?? person.name
            }
        }
    }

    // MARK: Reading a unit

    private struct Scanned {
        var words: [Word]
        var texts: [String]
    }

    /// The quotations in a body unit, with speakers; notes the people named along the way.
    mutating func quotes(in unit: TextUnit) -> [AttributedQuote] {
        var text = unit.text
        return text.withUTF8 { bytes -> [AttributedQuote] in
            let spans = QuotationSpans.spans(in: bytes)
            let sentences = SentenceSegmenter.ranges(in: bytes)
            let all = WordScanner.words(bytes, 0..<bytes.count)
            let texts = all.map {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.start..<$0.end]), as: UTF8.self)
            }
            var found: [AttributedQuote] = []
            var noted = 0  // words up to here have been looked at for names
            for span in spans {
                let before = all.firstIndex { $0.start >= span.open } ?? all.count
                note(all, texts, from: noted, to: before)
                noted = before
                let after = all.firstIndex { $0.start >= span.close } ?? all.count
                let sentenceStart = sentences.last { $0.lowerBound <= span.open }?.lowerBound ?? 0
                let first = all.firstIndex { $0.start >= sentenceStart } ?? 0
                let quoted = String(decoding: UnsafeBufferPointer(rebasing: bytes[span.content]), as: UTF8.self)
                let quotedWords = all[before..<after].count
                let attribution = speaker(all, texts, sentenceFrom: first, quoteStart: before, quoteEnd: after)
                if attribution == nil && quotedWords <= 3 { continue }  // A term in scare quotes.
                found.append(
                    AttributedQuote(
                        text: quoted.trimmingSpacesAndCommas(), speaker: attribution?.name, cue: attribution?.cue,
                        location: unit.location))
                if let name = attribution?.name { lastPerson = name }
                noted = max(noted, after)
            }
            note(all, texts, from: noted, to: all.count)
            return found
        }
    }

    /// Notes the people named in a unit that is not body text (a heading, say).
    mutating func noteMentions(in unit: TextUnit) {
        var text = unit.text
        text.withUTF8 { bytes in
            let all = WordScanner.words(bytes, 0..<bytes.count)
            let texts = all.map {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.start..<$0.end]), as: UTF8.self)
            }
            note(all, texts, from: 0, to: all.count)
        }
    }

    /// The speaker named in the paragraph that introduces a quote block (one ending in `:`).
    func introducedSpeaker(_ unit: TextUnit?) -> String? {
        guard let unit, unit.isBody, unit.text.hasSuffix(":") else { return nil }
        var text = unit.text
        return text.withUTF8 { bytes -> String? in
            let all = WordScanner.words(bytes, 0..<bytes.count)
            let texts = all.map {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.start..<$0.end]), as: UTF8.self)
            }
            var index = 0
            while index < all.count {
                if let (name, _) = name(all, texts, at: index) { return name }
                index += 1
            }
            return nil
        }
    }

    private mutating func note(_ words: [Word], _ texts: [String], from start: Int, to end: Int) {
        var index = start
        while index < end {
            if let (name, length) = name(words, texts, at: index) {
                lastPerson = name
                index += length
            } else {
                index += 1
            }
        }
    }

    // MARK: Names

    /// A person's full name starting at `index` (titles skipped), and how many words it took.
    private func name(_ words: [Word], _ texts: [String], at index: Int) -> (String, Int)? {
        guard index < words.count, words[index].isCapitalizedOrAcronym else { return nil }
        var cursor = index
        // Skip titles: `President`, `Foreign Minister`, `Dr.`.
        while cursor < words.count {
            if cursor + 1 < words.count, titles.contains(texts[cursor] + " " + texts[cursor + 1]) {
                cursor += 2
            } else if titles.contains(texts[cursor]) || titles.contains(texts[cursor] + ".") {
                cursor += 1
            } else {
                break
            }
        }
        var end = cursor
        while end < words.count && words[end].isCapitalizedOrAcronym && end - cursor < 4 {
            end += 1
            if words[end - 1].endsPhrase { break }
        }
        guard end > cursor else { return nil }
        // The longest known name in the run.
        var length = end - cursor
        while length > 0 {
            let candidate = texts[cursor..<cursor + length].joined(separator: " ")
            if let full = names[candidate] { return (full, cursor + length - index) }
            length -= 1
        }
        // Any word of the run that is a known surname.
        for offset in cursor..<end {
            if let full = names[texts[offset]] { return (full, offset + 1 - index) }
        }
        return nil
    }

    /// A name as written when it is not a known person: the capitalised words after any titles.
    private func writtenName(_ words: [Word], _ texts: [String], at index: Int) -> (String, Int)? {
        if let known = name(words, texts, at: index) { return known }
        guard index < words.count, words[index].isCapitalizedOrAcronym, !Self.pronouns.contains(texts[index]) else {
            return nil
        }
        var cursor = index
        while cursor < words.count && titles.contains(texts[cursor]) { cursor += 1 }
        var end = cursor
        while end < words.count && words[end].isCapitalizedOrAcronym && end - cursor < 4 {
            end += 1
            if words[end - 1].endsPhrase { break }
        }
        guard end > cursor else { return nil }
        return (texts[cursor..<end].joined(separator: " "), end - index)
    }

    // MARK: Speakers

    /// Whether a name is a place, which does not speak (`Russia’s stated demands`).
    private func isPlace(_ name: String) -> Bool {
        guard let match = gazetteer.lookup(name) else { return false }
        return gazetteer.entries[match.entry].kind == .place
    }

    /// The speaker of the quotation between word indices `quoteStart` and `quoteEnd`.
    private func speaker(
        _ words: [Word], _ texts: [String], sentenceFrom first: Int,
        quoteStart: Int, quoteEnd: Int
    ) -> (name: String, cue: String)? {
        let lower = texts.map { $0.lowercased() }
        // `according to X`
        var index = first
        while index + 2 < quoteStart {
            if lower[index] == "according" && lower[index + 1] == "to",
                let (name, _) = writtenName(words, texts, at: index + 2)
            {
                return (name, "according to")
            }
            index += 1
        }
        // A speech verb before the quotation, with only `that`, a listener or a name between them
        // (`told reporters that “…”`, `said: “…”`), not a noun phrase (`stated demands include “…”`).
        var verb = quoteStart - 1
        while verb >= first && verb >= quoteStart - 4 {
            if Self.speechVerbs.contains(lower[verb]) { break }
            guard Self.listenerWords.contains(lower[verb]) || words[verb].isCapitalizedOrAcronym else {
                verb = first - 1
                break
            }
            verb -= 1
        }
        if verb >= first && verb >= quoteStart - 4 {
            // Its subject: the nearest name, possessive or pronoun before it.
            var subject = verb - 1
            while subject >= first && subject >= verb - 4 {
                if Self.pronouns.contains(texts[subject]), let person = lastPerson { return (person, "pronoun") }
                if words[subject].isCapitalizedOrAcronym {
                    var start = subject
                    while start > first && words[start - 1].isCapitalizedOrAcronym && !words[start - 1].endsPhrase {
                        start -= 1
                    }
                    if let (name, _) = writtenName(words, texts, at: start), !isPlace(name) {
                        return (name, words[subject].isPossessive ? "possessive" : lower[verb])
                    }
                }
                subject -= 1
            }
        }
        // A speech verb after it: `“…,” said X`, `“…,” X said`, `“…,” she said`.
        if quoteEnd < words.count {
            if Self.speechVerbs.contains(lower[quoteEnd]) {
                if quoteEnd + 1 < words.count {
                    if Self.pronouns.contains(texts[quoteEnd + 1]), let person = lastPerson {
                        return (person, "pronoun")
                    }
                    // `said Rotterdam coach Lars Bakker`: the first known person within a few words.
                    for offset in (quoteEnd + 1)..<min(words.count, quoteEnd + 7) {
                        if let (name, _) = name(words, texts, at: offset) { return (name, lower[quoteEnd]) }
                        if words[offset].endsPhrase { break }
                    }
                    if let (name, _) = writtenName(words, texts, at: quoteEnd + 1), !isPlace(name) {
                        return (name, lower[quoteEnd])
                    }
                }
            } else {
                if Self.pronouns.contains(texts[quoteEnd]), quoteEnd + 1 < words.count,
                    Self.speechVerbs.contains(lower[quoteEnd + 1]), let person = lastPerson
                {
                    return (person, "pronoun")
                }
                if let (name, length) = writtenName(words, texts, at: quoteEnd), quoteEnd + length < words.count,
                    Self.speechVerbs.contains(lower[quoteEnd + length])
                {
                    return (name, lower[quoteEnd + length])
                }
            }
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
