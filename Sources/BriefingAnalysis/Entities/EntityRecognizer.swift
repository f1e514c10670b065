import BriefingModel

/// Finds the named entities of a briefing: gazetteer look-ups first, then capitalisation patterns,
/// then alias merging. See ``EntityAnalyser`` for the rules.
struct EntityRecognizer {
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
    /// Words that join the parts of a name: `Institute for Energy`, `Charles de Gaulle`.
    static let connectors: Set<String> = [
        "of", "for", "and", "the", "de", "del", "da", "di", "du", "van", "von", "der", "la", "le", "al", "bin", "&",
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
        var unit: Int
        var location: SourceLocation?
        var inBody: Bool
    }

    // MARK: Pass 1: runs of capitalised words

    /// The words the body writes in lower case, so that a capitalised word at the start of a
    /// sentence (`Striker`, `Councillors`) is known for a common word.
    static func lowercaseVocabulary(_ units: [TextUnit]) -> Set<String> {
        var vocabulary: Set<String> = []
        for unit in units where unit.isBody {
            var text = unit.text
            text.withUTF8 { bytes in
                for word in WordScanner.words(bytes, 0..<bytes.count)
                where word.shape == .lower && word.end - word.start > 3 {
                    vocabulary.insert(
                        String(decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]), as: UTF8.self))
                }
            }
        }
        return vocabulary
    }

    func occurrences(in units: [TextUnit]) -> [Occurrence] {
        var result: [Occurrence] = []
        let vocabulary = Self.lowercaseVocabulary(units)
        for (unitIndex, unit) in units.enumerated() {
            var text = unit.text
            text.withUTF8 { bytes in
                for sentence in SentenceSegmenter.ranges(in: bytes) {
                    let words = WordScanner.words(bytes, sentence)
                    for var run in runs(bytes, words) {
                        // A capitalised first word that the article otherwise writes in lower case is
                        // capitalised only because it starts the sentence.
                        if run.startsSentence, let first = run.tokens.first, run.tokens.count > 2 || !unit.isBody,
                            Self.isCommonWord(first, vocabulary)
                        {
                            run.tokens.removeFirst()
                            if run.tokens.isEmpty { continue }
                        } else if run.startsSentence, let first = run.tokens.first, run.tokens.count == 1,
                            Self.isCommonWord(first, vocabulary)
                        {
                            continue
                        }
                        for found in resolve(run, inBody: unit.introducesNames) {
                            result.append(
                                Occurrence(
                                    found: found, unit: unitIndex, location: unit.location, inBody: unit.introducesNames
                                ))
                        }
                    }
                }
            }
        }
        return result
    }

    /// Splits a sentence's words into runs of capitalised words (with connectors between them).
    private func runs(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [Word]) -> [NameRun] {
        var runs: [NameRun] = []
        var index = 0
        while index < words.count {
            guard words[index].isCapitalizedOrAcronym else {
                index += 1
                continue
            }
            var tokens: [String] = []
            var cursor = index
            var possessive = false
            while cursor < words.count {
                let word = words[cursor]
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]), as: UTF8.self)
                if word.isCapitalizedOrAcronym {
                    tokens.append(contentsOf: hyphenParts(text))
                } else if word.shape == .lower, Self.connectors.contains(text), !tokens.isEmpty,
                    !words[cursor - 1].endsPhrase, cursor + 1 < words.count, words[cursor + 1].isCapitalizedOrAcronym
                {
                    tokens.append(text)
                } else {
                    break
                }
                cursor += 1
                if word.isPossessive { possessive = true }
                if word.endsPhrase { break }
            }
            var run = NameRun(tokens: tokens, startsSentence: index == 0, isPossessive: possessive)
            if cursor < words.count {
                let next = words[cursor]
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[next.start..<next.end]), as: UTF8.self)
                run.nextWord = text.lowercased()
                if next.startsPhrase && next.shape == .allCaps { run.parentheticalAcronym = text }
            }
            runs.append(run)
            index = max(cursor, index + 1)
        }
        return runs
    }

    /// `Russia-Ukraine` → `Russia`, `Ukraine` when a part is a known name; other hyphenated
    /// words (`Jean-Luc`, `Secretary-General`) stay whole.
    private func hyphenParts(_ text: String) -> [String] {
        guard text.utf8.contains(UInt8(ascii: "-")), gazetteer.lookup(text) == nil else { return [text] }
        let parts = text.split(separator: "-", omittingEmptySubsequences: true).map(String.init)
        // `Geneva-based`, `U.S.-led`: a known name before a lower-case word.
        if parts.count == 2, gazetteer.lookup(parts[0]) != nil, parts[1].first?.isLowercase == true {
            return [parts[0]]
        }
        guard parts.count > 1, parts.allSatisfy({ $0.first?.isUppercase == true }),
            parts.contains(where: { gazetteer.lookup($0) != nil })
        else { return [text] }
        return parts
    }

    private static func isCommonWord(_ word: String, _ vocabulary: Set<String>) -> Bool {
        let lower = word.lowercased()
        if vocabulary.contains(lower) { return true }
        return lower.hasSuffix("s") && vocabulary.contains(String(lower.dropLast()))
    }

    /// Resolves a run into gazetteer names, titles and unknown names.
    private func resolve(_ run: NameRun, inBody: Bool) -> [Found] {
        var found: [Found] = []
        let tokens = run.tokens
        var position = 0
        var pendingTitle: String?
        var name: [String] = []
        func flushName() {
            var trimmed = name
            while let first = trimmed.first, Self.connectors.contains(first) { trimmed.removeFirst() }
            while let last = trimmed.last, Self.connectors.contains(last) { trimmed.removeLast() }
            if !trimmed.isEmpty {
                // `Zelenskyy and Putin`: a plain `and` separates names unless the whole is an organisation.
                if trimmed.contains("and") && !trimmed.contains(where: { Self.organisationWords.contains($0) }) {
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
            let (gazetteerLength, match) = longestGazetteerMatch(tokens, at: position)
            let titleLength = longestTitleMatch(tokens, at: position)
            if let match, gazetteerLength >= titleLength, inBody, name.isEmpty,
                let extra = unknownWordsAfter(tokens, from: position + gazetteerLength), extra > 0,
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
            if Self.nonNameWords.contains(token) && name.isEmpty {
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
    private func unknownWordsAfter(_ tokens: [String], from position: Int) -> Int? {
        var end = position
        while end < tokens.count {
            let token = tokens[end]
            if Self.connectors.contains(token) {
                guard end + 1 < tokens.count, token != "and" else { break }
                end += 1
                continue
            }
            if longestTitleMatch(tokens, at: end) > 0 || longestGazetteerMatch(tokens, at: end).1 != nil
                || Self.nonNameWords.contains(token)
            {
                break
            }
            end += 1
        }
        while end > position && Self.connectors.contains(tokens[end - 1]) { end -= 1 }
        return end > position ? end - position : nil
    }

    private func longestGazetteerMatch(_ tokens: [String], at position: Int) -> (Int, Gazetteer.Match?) {
        var length = min(gazetteer.longestName, tokens.count - position)
        while length > 0 {
            let key = length == 1 ? tokens[position] : tokens[position..<position + length].joined(separator: " ")
            if let match = gazetteer.lookup(key) { return (length, match) }
            length -= 1
        }
        return (0, nil)
    }

    private func longestTitleMatch(_ tokens: [String], at position: Int) -> Int {
        var length = min(gazetteer.longestName, tokens.count - position)
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
