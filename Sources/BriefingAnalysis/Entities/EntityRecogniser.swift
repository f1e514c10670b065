import BriefingModel

/// Finds the named entities of a briefing: gazetteer look-ups first, then capitalisation patterns,
/// then alias merging. See ``EntityAnalyser`` for the rules.
struct EntityRecogniser {
    let gazetteer: Gazetteer

    static let nonNameWords = Set(GazetteerData.nonNameWords)
    static let organisationWords = Set(GazetteerData.organisationWords)
    static let otherWords = Set(GazetteerData.otherWords)
    /// Last words that make a name a place (`Tersek River`, `Lake Geneva` has it first).
    static let placeWords: Set<String> = [
        "River", "Lake", "Sea", "Ocean", "Mountains", "Mountain", "Mount", "Valley", "Island", "Islands", "Bay",
        "Strait", "Gulf", "Desert", "Peninsula", "Basin", "Province", "Region", "County", "District", "Canal",
        "Square", "Street", "Avenue", "Airport", "Coast", "Highlands", "Plain", "Plains", "Steppe", "Delta",
    ]
    /// Legal forms that companies write abbreviated with a period (`Corp.`, `Inc.`, `Co.`).
    static let abbreviatedLegalForms: Set<String> = ["Corp", "Inc", "Co", "Ltd", "Bros", "Cos", "Cie", "Bhd", "Plc"]
    /// Legal forms that end a company's name.
    static let legalForms: Set<String> = [
        "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "Plc", "AG", "SA", "NV",
        "GmbH", "SpA", "Bancorp", "Bancshares", "Cos", "Cos.",
    ]
    /// Words that are not names alone but may start a company's name (`First Albany Corp.`).
    static let companyOpeners: Set<String> = ["First", "Second", "Third", "New", "United", "General", "National"]
    /// Words that join the parts of a name: `Institute for Energy`, `Charles de Gaulle`.
    static let connectors: Set<String> = [
        "of", "for", "and", "the", "de", "del", "da", "di", "du", "van", "von", "der", "la", "le", "al", "bin", "ibn",
        "dos", "das", "ter", "&",
    ]
    /// Speech verbs after a lone capitalised word that make it a person (`Amrani said`).
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "added", "stated", "noted", "warned", "explained", "argued", "insisted", "declared",
        "wrote", "asked", "replied", "recalled", "stressed", "acknowledged", "admitted", "claimed", "confirmed",
        "announced", "predicted", "promised", "suggested", "urged", "believes", "thinks", "hopes",
    ]

    // MARK: Occurrences found in the first pass

    enum Found {
        /// A gazetteer name: the entry, the form written, whether a demonym.
        case known(entry: Int, form: String, isDemonym: Bool)
        /// Capitalised words the gazetteer does not know.
        case name(tokens: [String], title: String?, run: NameRun)
    }

    struct Occurrence {
        var found: Found
        var location: SourceLocation?
        var inBody: Bool
    }

    // MARK: Pass 1: runs of capitalised words

    /// Facts about word forms that cost a dictionary look-up by string, worked out once per form.
    private struct FormFacts {
        private let index: TextIndex
        private let gazetteer: Gazetteer
        private var longestName: [Int8]
        private var longestTitle: [Int8]
        private var nonName: [Int8]
        /// The gazetteer entry a form is on its own: -2 not looked up yet, -1 none; demonyms add 1 << 30.
        private var single: [Int32]
        let speechVerb: [Bool]

        init(_ index: TextIndex, _ gazetteer: Gazetteer) {
            self.index = index
            self.gazetteer = gazetteer
            longestName = Array(repeating: -1, count: index.forms.count)
            longestTitle = Array(repeating: -1, count: index.forms.count)
            nonName = Array(repeating: -1, count: index.forms.count)
            single = Array(repeating: -2, count: index.forms.count)
            var verbs = Array(repeating: false, count: index.lowers.count)
            for id in index.lowerIDs(EntityRecogniser.speechVerbs) { verbs[Int(id)] = true }
            speechVerb = verbs
        }

        /// The most words of a gazetteer name starting with this token (0 for none).
        mutating func longestName(_ token: String, _ id: Int32) -> Int {
            guard id >= 0 else { return gazetteer.longestNameFrom[token] ?? 0 }
            if longestName[Int(id)] < 0 { longestName[Int(id)] = Int8(clamping: gazetteer.longestNameFrom[token] ?? 0) }
            return Int(longestName[Int(id)])
        }

        /// The most words of a title starting with this token (0 for none).
        mutating func longestTitle(_ token: String, _ id: Int32) -> Int {
            guard id >= 0 else { return gazetteer.longestTitleFrom[token] ?? 0 }
            if longestTitle[Int(id)] < 0 {
                longestTitle[Int(id)] = Int8(clamping: gazetteer.longestTitleFrom[token] ?? 0)
            }
            return Int(longestTitle[Int(id)])
        }

        /// The gazetteer entry the form names on its own, if any.
        mutating func singleMatch(_ token: String, _ id: Int32) -> Gazetteer.Match? {
            if single[Int(id)] == -2 {
                if let match = gazetteer.lookup(token) {
                    single[Int(id)] = Int32(match.entry) | (match.isDemonym ? 1 << 30 : 0)
                } else {
                    single[Int(id)] = -1
                }
            }
            let stored = single[Int(id)]
            guard stored >= 0 else { return nil }
            return Gazetteer.Match(entry: Int(stored & ~(1 << 30)), isDemonym: stored & (1 << 30) != 0)
        }

        /// Whether the token is a word that is never a name on its own (`However`, `Monday`).
        mutating func isNonName(_ token: String, _ id: Int32) -> Bool {
            guard id >= 0 else { return EntityRecogniser.isNonNameWord(token) }
            if nonName[Int(id)] < 0 { nonName[Int(id)] = EntityRecogniser.isNonNameWord(token) ? 1 : 0 }
            return nonName[Int(id)] == 1
        }
    }

    func occurrences(in index: TextIndex) -> [Occurrence] {
        var result: [Occurrence] = []
        var facts = FormFacts(index, gazetteer)
        var lists = 0
        for unit in index.units {
            for sentence in index.sentences[unit.sentences] {
                let words = index.words[sentence.words]
                if Self.isShouting(words) {
                    shoutedNames(index, words, unit, &facts, into: &result)
                    continue
                }
                var position = words.startIndex
                var previousEnd = -1
                // The list a run starting at `start` belongs to: the previous run's when only a
                // comma or `and` stands between them, else a new one.
                func list(startingAt start: Int) -> Int {
                    if previousEnd > words.startIndex {
                        let last = words[previousEnd - 1]
                        if start == previousEnd, Int(last.end) < index.bytes.count,
                            index.bytes[Int(last.end)] == UInt8(ascii: ",")
                        {
                            return lists
                        }
                        if start == previousEnd + 1, !last.endsPhrase {
                            let between = index.text(of: words[previousEnd])
                            if between == "and" || between == "or" { return lists }
                        }
                    }
                    lists += 1
                    return lists
                }
                while position < words.endIndex {
                    guard words[position].isCapitalizedOrAcronym else {
                        position += 1
                        continue
                    }
                    let first = words[position]
                    // A lone capitalised word that starts the sentence and that the article otherwise
                    // writes in lower case (`The`, `While`, `Councillors`) is passed over at once.
                    if position == words.startIndex,
                        position + 1 == words.endIndex || !words[position + 1].isCapitalizedOrAcronym,
                        index.writtenLowerCase[Int(first.lower)] || index.isStopWord[Int(first.lower)]
                    {
                        position += 1
                        continue
                    }
                    // A capitalised word on its own (the common case) is resolved without building a run.
                    let next = position + 1
                    let joinsNext =
                        next < words.endIndex && !words[next].startsPhrase
                        && (words[next].isCapitalizedOrAcronym
                            || (next + 1 < words.endIndex && words[next + 1].isCapitalizedOrAcronym
                                && Self.connectors.contains(index.text(of: words[next]))))
                    let isAlone = (!joinsNext || first.endsPhrase) && !first.isPossessive
                    if isAlone && !index.hasHyphen[Int(first.form)] {
                        let text = index.text(of: first)
                        position += 1
                        if facts.isNonName(text, first.form) || facts.longestTitle(text, first.form) > 0 { continue }
                        if let match = facts.singleMatch(text, first.form) {
                            if !match.isDemonym, let side = sideNamedByPlace(match, text, index, words, position - 1) {
                                result.append(
                                    Occurrence(found: side, location: unit.location, inBody: unit.introducesNames))
                                continue
                            }
                            result.append(
                                Occurrence(
                                    found: .known(entry: match.entry, form: text, isDemonym: match.isDemonym),
                                    location: unit.location, inBody: unit.introducesNames))
                            continue
                        }
                        let startsSentence = position - 1 == words.startIndex
                        if startsSentence && Self.isCommonWord(text, index) { continue }
                        var run = NameRun(
                            tokens: [text], ids: [first.form], startsSentence: startsSentence, isPossessive: false)
                        if position < words.endIndex {
                            run.nextIsSpeechVerb = facts.speechVerb[Int(words[position].lower)]
                        }
                        run.isTeam = Self.isTeamContext(index, words, position - 1, position, single: true)
                        run.isCompany =
                            Self.isCompanyContext(index, words, position - 1, position)
                            || Self.followsOrganisationNoun(index, words, position - 1)
                        run.followsPlacePreposition = Self.followsPlacePreposition(index, words, position - 1)
                        run.list = list(startingAt: position - 1)
                        previousEnd = position
                        result.append(
                            Occurrence(
                                found: .name(tokens: [text], title: nil, run: run), location: unit.location,
                                inBody: unit.introducesNames))
                        continue
                    }
                    var (run, end) = self.run(index, words, from: position, &facts)
                    run.list = list(startingAt: position)
                    previousEnd = end
                    position = end
                    // A capitalised first word that the article otherwise writes in lower case is
                    // capitalised only because it starts the sentence.
                    if run.startsSentence, let token = run.tokens.first, run.tokens.count > 2 || !unit.isBody,
                        Self.isCommonWord(token, index)
                    {
                        run.removeFirst()
                        if run.tokens.isEmpty { continue }
                    } else if run.startsSentence, let token = run.tokens.first, run.tokens.count == 1,
                        Self.isCommonWord(token, index)
                    {
                        continue
                    }
                    for found in resolve(run, inBody: unit.introducesNames, &facts) {
                        result.append(Occurrence(found: found, location: unit.location, inBody: unit.introducesNames))
                    }
                }
            }
        }
        return result
    }

    /// Verbs after a side's name in a game report (`Leicestershire beat Somerset`).
    static let teamVerbsAfter: Set<String> = [
        "beat", "beats", "defeated", "drew", "draw", "v", "vs", "v.", "vs.", "edged", "thrashed", "routed",
        "hammered", "overcame", "trounced", "downed", "outplayed", "crushed", "lost",
    ]
    /// Words before a side's name (`beat Somerset`, `v Kent`).
    static let teamVerbsBefore: Set<String> = [
        "beat", "defeated", "v", "vs", "v.", "vs.", "thrashed", "routed", "hammered", "edged", "trounced", "crushed",
    ]

    /// Whether the run `start..<end` of `words` names a side in a game: the verb of a result
    /// around it (`X beat Y`, `X v Y`, `lost to X`, `drew with X`), a score beside it
    /// (`X 2 Y 1`), or, for a single word, a bracket after a player's name (`Ravanelli (Middlesbrough)`).
    static func isTeamContext(
        _ index: TextIndex, _ words: ArraySlice<TextIndex.IndexedWord>, _ start: Int, _ end: Int, single: Bool
    ) -> Bool {
        func lower(_ position: Int) -> String? {
            guard position >= words.startIndex, position < words.endIndex else { return nil }
            return index.text(of: words[position]).lowercased()
        }
        func isScore(_ position: Int) -> Bool {
            guard position >= words.startIndex, position < words.endIndex, words[position].shape == .number else {
                return false
            }
            let text = index.text(of: words[position])
            return text.utf8.count <= 2 && text.utf8.allSatisfy { $0 &- 0x30 < 10 }
        }
        let last = words[end - 1]
        if !last.endsPhrase, let after = lower(end), teamVerbsAfter.contains(after) {
            // `lost` alone is not a result (`Kent lost ground`): it needs `to`.
            if after == "lost" { return lower(end + 1) == "to" }
            return true
        }
        if let before = lower(start - 1), !words[start - 1].endsPhrase {
            if teamVerbsBefore.contains(before) { return true }
            if before == "to" || before == "with", let verb = lower(start - 2),
                verb == "lost" || verb == "drew" || verb == "draw"
            {
                return true
            }
        }
        // `Dinamo 2 Red Star 1`: a score after the name, and a score or another name around it.
        if !last.endsPhrase, isScore(end) {
            if start > words.startIndex && isScore(start - 1) && !words[start - 1].endsPhrase { return true }
            // `Updated 24 November`: a date is no score.
            if end + 1 < words.endIndex, !words[end].endsPhrase, words[end + 1].isCapitalizedOrAcronym,
                !isNonNameWord(index.text(of: words[end + 1]))
            {
                return true
            }
        }
        if start == words.startIndex, isTableRow(index, words, after: end) { return true }
        if single, words[start].startsPhrase, last.endsPhrase, start > words.startIndex,
            words[start - 1].isCapitalizedOrAcronym, index.bytes[Int(words[start].start) - 1] == UInt8(ascii: "(")
        {
            return true
        }
        return false
    }

    /// Whether the words from `end` to the end of the sentence are whole numbers only, three or
    /// more (`Greenock Morton 3 2 0 1 5 2 6`): the name before them heads a row of a standings
    /// table. A bracket, a colon or another name after it (`Colin Montgomerie (Scotland) 69 70`)
    /// makes no row.
    static func isTableRow(_ index: TextIndex, _ words: ArraySlice<TextIndex.IndexedWord>, after end: Int) -> Bool {
        guard end < words.endIndex else { return false }
        var figures = 0
        for word in words[end...] {
            switch word.shape {
            case .number:
                // Standings count games, goals and points: whole numbers (`Sales 12.50 13.00` is a
                // row of prices, `Fall: 1-103 2-105` one of wickets).
                guard index.text(of: word).utf8.allSatisfy({ $0 &- 0x30 < 10 }) else { return false }
                figures += 1
            case .other: break
            default: return false
            }
        }
        guard figures >= 3, let last = words.last else { return false }
        let nameEnd = Int(words[end - 1].end)
        for byte in index.bytes[nameEnd..<Int(last.end)]
        where byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ":") {
            return false
        }
        return true
    }

    /// Nouns right before a name that say what kind of organisation it is (`news agency Tanjug`,
    /// `first division team Deportivo Coruna`, `the airline El Al`).
    static let organisationNounsBefore: Set<String> = [
        "team", "club", "side", "agency", "newspaper", "daily", "weekly", "magazine", "airline", "carrier",
        "company", "firm", "group", "bank", "insurer", "retailer", "brokerage", "maker", "manufacturer",
        "conglomerate", "party", "movement", "union", "publisher", "broadcaster", "network", "station",
    ]

    /// Whether a noun of `organisationNounsBefore` stands right before `start`, in lower case and
    /// in the same phrase.
    static func followsOrganisationNoun(
        _ index: TextIndex, _ words: ArraySlice<TextIndex.IndexedWord>, _ start: Int
    ) -> Bool {
        follows(organisationNounsBefore, index, words, start)
    }

    /// Whether the word before `start` is one of `set`, in lower case and in the same phrase.
    static func follows(
        _ set: Set<String>, _ index: TextIndex, _ words: ArraySlice<TextIndex.IndexedWord>, _ start: Int
    ) -> Bool {
        guard start > words.startIndex, !words[start - 1].endsPhrase, words[start - 1].shape == .lower,
            !words[start].startsPhrase
        else { return false }
        return set.contains(index.text(of: words[start - 1]))
    }

    /// Words after a company's name, or after its possessive (`Pirelli shares`, `Pirelli's chairman`).
    static let companyWordsAfter: Set<String> = [
        "shares", "stock", "stocks", "shareholders", "stake", "chairman", "chief", "spokesman", "spokeswoman",
        "executives", "board", "subsidiary",
    ]

    /// Whether the run `start..<end` of `words` names a company: `shares of X`, `stake in X`,
    /// `X shares rose`, `X's chairman`, `X said in a statement`.
    static func isCompanyContext(
        _ index: TextIndex, _ words: ArraySlice<TextIndex.IndexedWord>, _ start: Int, _ end: Int
    ) -> Bool {
        func lower(_ position: Int) -> String? {
            guard position >= words.startIndex, position < words.endIndex, words[position].shape == .lower else {
                return nil
            }
            return index.text(of: words[position])
        }
        // `Shares of Velomar` at the start of a sentence: the run holds the words.
        if start + 2 < end, index.text(of: words[start]) == "Shares",
            index.text(of: words[start + 1]) == "of" || index.text(of: words[start + 1]) == "in"
        {
            return true
        }
        if start - 2 >= words.startIndex, !words[start - 1].endsPhrase, let of = lower(start - 1),
            of == "of" || of == "in"
        {
            // `Shares of X` starts many a sentence, so the noun may be capitalised.
            let noun = index.text(of: words[start - 2]).lowercased()
            if noun == "shares" || noun == "stake" { return true }
        }
        let last = words[end - 1]
        guard !last.endsPhrase || last.isPossessive, let after = lower(end) else { return false }
        // `Net profit`, `Board members` at the start of a sentence say nothing: only a name
        // within the sentence, or a possessive, counts.
        if companyWordsAfter.contains(after), start > words.startIndex || last.isPossessive { return true }
        return after == "said" && lower(end + 1) == "in" && lower(end + 2) == "a" && lower(end + 3) == "statement"
    }

    /// Countries (and the nations of the United Kingdom): a national side is still its country
    /// (`England beat Australia`).
    static let countryNames = Set(GazetteerData.countries.map(\.name)).union([
        "England", "Scotland", "Wales", "Northern Ireland",
    ])

    /// A city or region named as a side in a game (`Milan 2 Torino 1`, a standings row
    /// `BOSTON 69 65 .515 5`): an organisation under the name written, not the place.
    private func sideNamedByPlace(
        _ match: Gazetteer.Match, _ form: String, _ index: TextIndex, _ words: ArraySlice<TextIndex.IndexedWord>,
        _ start: Int, end: Int? = nil
    ) -> Found? {
        let entry = gazetteer.entries[match.entry]
        guard entry.kind == .place, !Self.countryNames.contains(entry.name) else { return nil }
        let end = end ?? start + 1
        var isSide = Self.isTeamContext(index, words, start, end, single: false)
        if !isSide, start == words.startIndex {
            // A table row: the name, then only figures (two or more).
            var figures = 0
            isSide = words[end...].allSatisfy { word in
                if word.shape == .number { figures += 1 }
                return word.shape == .number || word.shape == .other
            }
            isSide = isSide && figures >= 2
        }
        guard isSide else { return nil }
        var run = NameRun(tokens: [form], ids: [-1], startsSentence: start == words.startIndex, isPossessive: false)
        run.isTeam = true
        return .name(tokens: [form], title: nil, run: run)
    }

    /// Prepositions that put a place after them (`in`, `at`, `near`).
    static let placePrepositions: Set<String> = ["in", "at", "near"]

    /// Whether the word before `start` is a preposition of place in the same phrase.
    static func followsPlacePreposition(
        _ index: TextIndex, _ words: ArraySlice<TextIndex.IndexedWord>, _ start: Int
    ) -> Bool {
        follows(placePrepositions, index, words, start)
    }

    /// Whether a word is never a name on its own; an upper-case form of such a word (`AUGUST`,
    /// `THE`) is one too.
    static func isNonNameWord(_ token: String) -> Bool {
        if nonNameWords.contains(token) { return true }
        guard token.utf8.count > 1, token.allSatisfy({ !$0.isLowercase }) else { return false }
        return nonNameWords.contains(token.prefix(1) + token.dropFirst().lowercased())
    }

    /// Whether a sentence is written in capitals (a wire headline, a table row: `NEW YORK 74 59`):
    /// no word has a small letter and at least one has capitals.
    static func isShouting(_ words: ArraySlice<TextIndex.IndexedWord>) -> Bool {
        var capitals = 0
        for word in words {
            switch word.shape {
            case .allCaps: capitals += 1
            case .capitalized, .lower: return false
            case .number, .other: break
            }
        }
        return capitals > 0
    }

    /// Names in a sentence written in capitals. Capitals say nothing about where a name starts, so
    /// only whole runs count: a run (split at small words such as `AT`, `OF`) is a known name only
    /// when all of it is (`NEW YORK`; not `ENGLAND` in `NEW ENGLAND`, not `KANSAS` in `KANSAS CITY`),
    /// and an unknown run only adds mentions of names found elsewhere, never creates an entity.
    private func shoutedNames(
        _ index: TextIndex, _ words: ArraySlice<TextIndex.IndexedWord>, _ unit: TextIndex.Unit,
        _ facts: inout FormFacts, into result: inout [Occurrence]
    ) {
        var tokens: [String] = []
        var start = words.startIndex
        var end = words.startIndex
        func flush() {
            defer { tokens.removeAll(keepingCapacity: true) }
            guard !tokens.isEmpty, tokens.count <= 6 else { return }
            let whole = tokens.joined(separator: " ")
            if let match = gazetteer.lookup(whole), !match.isDemonym,
                let side = sideNamedByPlace(match, whole, index, words, start, end: end)
            {
                result.append(Occurrence(found: side, location: unit.location, inBody: unit.introducesNames))
                return
            }
            if let match = gazetteer.lookup(whole) {
                result.append(
                    Occurrence(
                        found: .known(entry: match.entry, form: whole, isDemonym: match.isDemonym),
                        location: unit.location, inBody: unit.introducesNames))
                return
            }
            if tokens.count == 1, facts.isNonName(tokens[0], -1) { return }
            let run = NameRun(tokens: tokens, ids: tokens.map { _ in -1 }, startsSentence: false, isPossessive: false)
            result.append(
                Occurrence(found: .name(tokens: tokens, title: nil, run: run), location: unit.location, inBody: false))
        }
        for position in words.indices {
            let word = words[position]
            if word.startsPhrase { flush() }
            if word.shape == .allCaps && !index.isStopWord[Int(word.lower)] {
                if tokens.isEmpty { start = position }
                tokens.append(index.text(of: word))
                end = position + 1
            } else {
                flush()
            }
            if word.endsPhrase { flush() }
        }
        flush()
    }

    /// The run of capitalised words (with connectors between them) starting at `position`, and
    /// the index after it.
    private func run(
        _ index: TextIndex, _ words: ArraySlice<TextIndex.IndexedWord>, from position: Int, _ facts: inout FormFacts
    ) -> (NameRun, Int) {
        var tokens: [String] = []
        var ids: [Int32] = []
        var cursor = position
        var possessive = false
        while cursor < words.endIndex {
            let word = words[cursor]
            // `National Association of Purchasing Management (NAPM)`: a bracket or an opening
            // quotation mark starts another name.
            if word.startsPhrase && !tokens.isEmpty { break }
            if word.isCapitalizedOrAcronym {
                var text = index.text(of: word)
                // `Lear Corp.`: an abbreviated legal form keeps its period, as the company writes it.
                // At the end of a sentence the period is the sentence's.
                if Self.abbreviatedLegalForms.contains(text), cursor + 1 < words.endIndex,
                    Int(word.end) < index.bytes.count, index.bytes[Int(word.end)] == UInt8(ascii: "."),
                    !tokens.isEmpty
                {
                    text += "."
                }
                if index.hasHyphen[Int(word.form)], let modifier = Self.hyphenModifier(text) {
                    // `pro-Socialist`, `mid-July`: a prefixed word is no part of a name;
                    // `Bergamo-based Atalanta`: the name before `-based` ends the run.
                    guard let head = modifier else {
                        if !tokens.isEmpty { break }
                        cursor += 1
                        continue
                    }
                    tokens.append(head)
                    ids.append(-1)
                    cursor += 1
                    break
                }
                let parts = hyphenParts(text)
                if parts.count == 1 && parts[0] == text {
                    tokens.append(text)
                    ids.append(text.utf8.count == Int(word.end - word.start) ? word.form : -1)
                } else {
                    tokens.append(contentsOf: parts)
                    ids.append(contentsOf: repeatElement(-1, count: parts.count))
                }
            } else if word.shape == .lower || word.shape == .other, !tokens.isEmpty, !words[cursor - 1].endsPhrase,
                cursor + 1 < words.endIndex,
                words[cursor + 1].isCapitalizedOrAcronym, Self.connectors.contains(index.text(of: word))
            {
                tokens.append(index.text(of: word))
                ids.append(word.form)
            } else {
                break
            }
            cursor += 1
            if word.isPossessive { possessive = true }
            if word.endsPhrase { break }
        }
        var run = NameRun(
            tokens: tokens, ids: ids, startsSentence: position == words.startIndex, isPossessive: possessive)
        if cursor < words.endIndex { run.nextIsSpeechVerb = facts.speechVerb[Int(words[cursor].lower)] }
        run.isTeam = Self.isTeamContext(index, words, position, cursor, single: false)
        run.isCompany = Self.isCompanyContext(index, words, position, cursor)
        run.followsOrganisationNoun = Self.followsOrganisationNoun(index, words, position)
        run.followsPlacePreposition = Self.followsPlacePreposition(index, words, position)
        return (run, max(cursor, position + 1))
    }

    /// Prefixes that make a capitalised word a modifier, not a name (`pro-Socialist`, `mid-July`).
    static let modifierPrefixes: Set<String> = [
        "pro", "anti", "ex", "non", "mid", "post", "pre", "neo", "semi", "quasi", "co", "all", "trans", "pan",
    ]

    /// A hyphenated modifier: `.some(nil)` for a prefixed word (`pro-Socialist`), `.some(head)` for
    /// a name with a lower-case suffix (`Bergamo-based` → `Bergamo`), `nil` for other words
    /// (`Jean-Luc`, `al-Aqsa`, `Chester-le-Street`).
    static func hyphenModifier(_ text: String) -> String?? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, let first = parts.first, let last = parts.last else { return nil }
        if first.first?.isLowercase == true, modifierPrefixes.contains(String(first)) { return .some(nil) }
        if last.count >= 3, last.first?.isLowercase == true, first.first?.isUppercase == true {
            return .some(parts.dropLast().joined(separator: "-"))
        }
        return nil
    }

    /// `Russia-Ukraine` → `Russia`, `Ukraine` when a part is a known name; other hyphenated
    /// words (`Jean-Luc`, `Secretary-General`) stay whole; `Geneva-based` → `Geneva`.
    private func hyphenParts(_ text: String) -> [String] {
        guard text.utf8.contains(UInt8(ascii: "-")), gazetteer.lookup(text) == nil else { return [text] }
        let parts = text.split(separator: "-", omittingEmptySubsequences: true).map(String.init)
        if parts.count == 2, gazetteer.lookup(parts[0]) != nil, parts[1].first?.isLowercase == true {
            return [parts[0]]
        }
        guard parts.count > 1, parts.allSatisfy({ $0.first?.isUppercase == true }),
            parts.contains(where: { gazetteer.lookup($0) != nil })
        else { return [text] }
        return parts
    }

    /// Whether the body writes `word` (or its singular) in lower case: `Striker`, `Councillors`.
    private static func isCommonWord(_ word: String, _ index: TextIndex) -> Bool {
        let lower = word.lowercased()
        if let id = index.lowerID(lower), index.writtenLowerCase[Int(id)] { return true }
        if lower.hasSuffix("s"), let id = index.lowerID(String(lower.dropLast())), index.writtenLowerCase[Int(id)] {
            return true
        }
        return false
    }

    /// Resolves a run into gazetteer names, titles and unknown names.
    private func resolve(_ run: NameRun, inBody: Bool, _ facts: inout FormFacts) -> [Found] {
        var found: [Found] = []
        let tokens = run.tokens
        let ids = run.ids
        var position = 0
        var pendingTitle: String?
        var name: [String] = []
        func flushName() {
            var trimmed = name
            while let first = trimmed.first, Self.connectors.contains(first) { trimmed.removeFirst() }
            // `Insulza Monday`, `Silva for Saturday`: a weekday, a month or a connector ends no name.
            while let last = trimmed.last, Self.connectors.contains(last) || Self.nonNameWords.contains(last) {
                trimmed.removeLast()
            }
            // `John Casesa of Schroder Wertheim & Co`: a person of a company is two names.
            if let of = trimmed.firstIndex(of: "of"), of > 0,
                trimmed[(of + 1)...].contains(where: { Self.legalForms.contains($0) }),
                !trimmed[..<of].contains(where: { Self.organisationWords.contains($0) })
            {
                let company = Array(trimmed[(of + 1)...])
                trimmed = Array(trimmed[..<of])
                found.append(.name(tokens: company, title: nil, run: run))
            }
            // `Jamie Werner of Ngātiwai`: a person's name, `of`, and a short name is a person and
            // the group they belong to.
            if let of = trimmed.firstIndex(of: "of"), of >= 2, of <= 3, trimmed.count - of - 1 <= 3,
                trimmed.count - of - 1 >= 1, pendingTitle == nil,
                trimmed.allSatisfy({ $0 == "of" || !Self.connectors.contains($0) }),
                EntityResolver.kind(of: Array(trimmed[..<of]), title: nil) == .person,
                !trimmed.contains(where: { Self.otherWords.contains($0) })
            {
                let groupTokens = Array(trimmed[(of + 1)...])
                var group = run
                group.tokens = groupTokens
                group.ids = groupTokens.map { _ in -1 }
                group.isCompany = true
                group.followsOrganisationNoun = true
                group.followsPlacePreposition = false
                group.startsSentence = false
                found.append(.name(tokens: groupTokens, title: nil, run: group))
                trimmed = Array(trimmed[..<of])
            }
            if !trimmed.isEmpty {
                // `Zelenskyy and Putin`: a plain `and` separates names unless the whole is an
                // organisation; `Halden Inc and Morrow Corp.` are two, for the first part is complete.
                let beforeAnd = trimmed.firstIndex(of: "and").map { trimmed[..<$0] } ?? []
                if trimmed.contains("and")
                    && (!trimmed.contains(where: { Self.organisationWords.contains($0) })
                        || beforeAnd.last.map { Self.organisationWords.contains($0) } == true)
                {
                    var part: [String] = []
                    for token in trimmed + ["and"] {
                        if token == "and" {
                            if !part.isEmpty { found.append(.name(tokens: part, title: pendingTitle, run: run)) }
                            part = []
                            pendingTitle = nil
                        } else {
                            part.append(token)
                        }
                    }
                } else {
                    found.append(.name(tokens: trimmed, title: pendingTitle, run: run))
                }
            }
            name = []
            pendingTitle = nil
        }
        while position < tokens.count {
            let (gazetteerLength, match) = longestGazetteerMatch(tokens, ids, at: position, &facts)
            let titleLength = longestTitleMatch(tokens, ids, at: position, &facts)
            if let match, gazetteerLength >= titleLength, inBody, name.isEmpty,
                let extra = unknownWordsAfter(tokens, ids, from: position + gazetteerLength, &facts), extra > 0,
                !match.isDemonym
                    || EntityResolver.kind(of: Array(tokens[position..<position + gazetteerLength + extra]), title: nil)
                        != .person
            {
                // A place followed by unknown capitalised words is one name: `Seville Azahar`,
                // `Washington Post`; so is a demonym before an organisation's name
                // (`Baltic Institute for Energy Materials`), but not before a person's (`Kazakh … Seitkali`).
                name = Array(tokens[position..<position + gazetteerLength + extra])
                position += gazetteerLength + extra
                let kind = EntityResolver.kind(of: name, title: nil)
                found.append(.name(tokens: name, title: kind == .person ? "place-prefixed" : nil, run: run))
                name = []
                continue
            }
            if let match, gazetteerLength >= titleLength {
                flushName()
                let form = tokens[position..<position + gazetteerLength].joined(separator: " ")
                found.append(.known(entry: match.entry, form: form, isDemonym: match.isDemonym))
                position += gazetteerLength
                continue
            }
            if titleLength > 0 {
                flushName()
                var titleEnd = position + titleLength
                // `Minister of Natural Resources Aizada Temirbekova`: the department belongs to the
                // title, and the last two words are the name.
                if titleEnd + 3 < tokens.count, tokens[titleEnd] == "of" || tokens[titleEnd] == "for" {
                    titleEnd = tokens.count - 2
                }
                pendingTitle = tokens[position..<titleEnd].joined(separator: " ")
                position = titleEnd
                continue
            }
            let token = tokens[position]
            // `First Albany Corp.`: an ordinal or `New` starts a company's name that ends in a legal form.
            let startsCompany =
                Self.companyOpeners.contains(token) && tokens.last.map { Self.legalForms.contains($0) } == true
            if name.isEmpty && !startsCompany && facts.isNonName(token, ids[position]) {
                pendingTitle = nil
                position += 1
                continue
            }
            name.append(token)
            position += 1
        }
        flushName()
        return found
    }

    /// How many unknown capitalised words (not titles, not known names, not common words) follow
    /// `position` in the run; `nil` when none do.
    private func unknownWordsAfter(
        _ tokens: [String], _ ids: [Int32], from position: Int, _ facts: inout FormFacts
    ) -> Int? {
        var end = position
        while end < tokens.count {
            let token = tokens[end]
            if Self.connectors.contains(token) {
                guard end + 1 < tokens.count, token != "and" else { break }
                end += 1
                continue
            }
            if longestTitleMatch(tokens, ids, at: end, &facts) > 0
                || longestGazetteerMatch(tokens, ids, at: end, &facts).1 != nil || facts.isNonName(token, ids[end])
            {
                break
            }
            end += 1
        }
        while end > position && Self.connectors.contains(tokens[end - 1]) { end -= 1 }
        return end > position ? end - position : nil
    }

    private func longestGazetteerMatch(
        _ tokens: [String], _ ids: [Int32], at position: Int, _ facts: inout FormFacts
    ) -> (Int, Gazetteer.Match?) {
        let longest = facts.longestName(tokens[position], ids[position])
        guard longest > 0 else { return (0, nil) }
        var length = min(longest, tokens.count - position)
        while length > 0 {
            let key = length == 1 ? tokens[position] : tokens[position..<position + length].joined(separator: " ")
            if let match = gazetteer.lookup(key) { return (length, match) }
            length -= 1
        }
        return (0, nil)
    }

    private func longestTitleMatch(
        _ tokens: [String], _ ids: [Int32], at position: Int, _ facts: inout FormFacts
    ) -> Int {
        let longest = facts.longestTitle(tokens[position], ids[position])
        guard longest > 0 else { return 0 }
        var length = min(longest, tokens.count - position)
        while length > 0 {
            let key = length == 1 ? tokens[position] : tokens[position..<position + length].joined(separator: " ")
            if gazetteer.titleIndex.contains(key) {
                // A title is a title only before a name, or as a whole run (`the President`).
                return length
            }
            length -= 1
        }
        return 0
    }
}
