import BriefingModel

/// The second pass of entity recognition: turns occurrences into entities, merging aliases.
///
/// - Gazetteer names are entities under their canonical name; the forms written (`UN`,
///   `Ukrainian`) become aliases.
/// - Unknown names of two or more words are people, unless a word marks an organisation
///   (`Institute`, `AG`), a place (`River`) or another kind of thing (`War`, `Cup`) — or unless
///   every word is already the surname of someone else (`Zelenskyy Putin meeting`).
/// - A single word is a known person's surname (or, with a title, `President Zelenskyy`), the
///   first word of a known organisation (`Alpenwerk`), or an acronym of one (`UNECE`); a title or a
///   speech verb makes an unknown one a person (`Dr. Wolska`, `Amrani said`). Other single words
///   are kept as `other` when mentioned at least twice away from the start of a sentence.
/// - Titles, headings and list labels are in Title Case, so they only add mentions of names
///   found elsewhere; they never create entities.
struct EntityResolver {
    let gazetteer: Gazetteer

    private final class Record {
        var name: String
        var kind: EntityKind
        var mentions = 0
        var aliases: Set<String> = []
        var firstMention: SourceLocation?
        var firstOrder: Int

        init(name: String, kind: EntityKind, order: Int) {
            self.name = name
            self.kind = kind
            self.firstOrder = order
        }

        /// The alias added last, so that repeated mentions under one name skip the set.
        private var lastAlias: String?
        /// How often each form was written, for names known before reading (whose canonical name
        /// may not be written at all: `U.S.` for United States).
        var written: [String: Int] = [:]
        /// The same for demonyms (`Ukrainian`), used only when the name itself is never written.
        var demonymsWritten: [String: Int] = [:]

        func mention(_ form: String, at location: SourceLocation?, order: Int) {
            mentions += 1
            if form != name && form != lastAlias {
                aliases.insert(form)
                lastAlias = form
            }
            if firstMention == nil || order < firstOrder {
                if order < firstOrder || firstMention == nil { firstMention = location }
                firstOrder = min(firstOrder, order)
            }
        }
    }

    func entities(from occurrences: [EntityRecogniser.Occurrence]) -> [Entity] {
        var records: [String: Record] = [:]
        var order: [String] = []
        func record(_ key: String, kind: EntityKind, position: Int) -> Record {
            if let existing = records[key] { return existing }
            let created = Record(name: key, kind: kind, order: position)
            records[key] = created
            order.append(key)
            return created
        }
        // Gazetteer entities by entry, so that counting a known name costs no string hashing.
        var knownRecords = [Record?](repeating: nil, count: gazetteer.entries.count)

        // Multi-word names from body text: decide each one's kind.
        var multiWord: [String: EntityKind] = [:]
        var surnames: [String: String] = [:]  // last word → person
        var givenNames: [String: String] = [:]
        var leadingWords: [String: String] = [:]  // first word → organisation
        // Sides in a game (`Leicestershire beat Somerset`): one name, one type in the whole article.
        var teams: Set<String> = []
        var teamLists: Set<Int> = []
        // Companies (`shares of Pirelli`, `Pirelli's chairman`): one name, one type too.
        var companies: Set<String> = []
        for occurrence in occurrences where occurrence.inBody {
            if case .name(let tokens, .none, let run) = occurrence.found, run.isCompany, tokens.count == 1 {
                companies.insert(tokens[0])
            }
        }
        for occurrence in occurrences where occurrence.inBody {
            guard case .name(let tokens, let title, let run) = occurrence.found, run.isTeam, title == nil else {
                continue
            }
            teams.insert(tokens.joined(separator: " "))
            teamLists.insert(run.list)
        }
        // `Essex, Derbyshire and Surrey` after `Leicestershire beat Somerset`: the others in a
        // list with a side are sides too.
        if !teamLists.isEmpty {
            for occurrence in occurrences where occurrence.inBody {
                guard case .name(let tokens, let title, let run) = occurrence.found, title == nil,
                    teamLists.contains(run.list)
                else { continue }
                teams.insert(tokens.joined(separator: " "))
            }
        }
        for occurrence in occurrences where occurrence.inBody {
            guard case .name(let tokens, let title, let run) = occurrence.found, tokens.count >= 2 else { continue }
            let full = tokens.joined(separator: " ")
            var kind = Self.kind(of: tokens, title: title)
            if kind == .person && title == nil && teams.contains(full) { kind = .organisation }
            // `news agency Tanjug`, `team Deportivo Coruna`: the noun before says what it is.
            if kind == .person && title == nil && run.followsOrganisationNoun && tokens.first == run.tokens.first {
                kind = .organisation
            }
            // `in Tunbridge Wells`, `at Old Trafford`: a name after a preposition of place is a place.
            if kind == .person && title == nil && run.followsPlacePreposition && tokens.first == run.tokens.first {
                kind = .place
            }
            if multiWord[full] == nil { multiWord[full] = kind }
            if kind == .person, let last = tokens.last {
                surnames[last] = surnames[last] ?? full
                givenNames[tokens[0]] = givenNames[tokens[0]] ?? full
            } else if kind == .organisation, tokens[0].count > 2, !EntityRecogniser.nonNameWords.contains(tokens[0]) {
                leadingWords[tokens[0]] = leadingWords[tokens[0]] ?? full
            }
        }
        // `Johnson Controls Inc` then `Johnson Controls`: a company's name without its legal form
        // is the same company, whatever kind the shorter name alone would have had.
        var organisationAliases: [String: String] = [:]
        for (full, kind) in multiWord where kind == .organisation {
            var tokens = full.split(separator: " ").map(String.init)
            guard tokens.count >= 3, let last = tokens.last, EntityRecogniser.legalForms.contains(last) else {
                continue
            }
            tokens.removeLast()
            let short = tokens.joined(separator: " ")
            if multiWord[short] == .person || multiWord[short] == .other {
                multiWord[short] = nil
                if let last = tokens.last, surnames[last] == short { surnames[last] = nil }
                if givenNames[tokens[0]] == short { givenNames[tokens[0]] = nil }
            }
            if multiWord[short] == nil { organisationAliases[short] = full }
        }
        // `Jean van Boxmeer` then `Van Boxmeer`, `Mohammed al-Fayed` then `Al-Fayed`, `Hone Te Kani`
        // then `Te Kani`: a surname with its particle, however the particle is capitalised, is the
        // person, not another one.
        var personAliases: [String: String] = [:]
        for (full, kind) in multiWord where kind == .person {
            let tokens = full.split(separator: " ").map(String.init)
            guard tokens.count >= 2 else { continue }
            if let last = tokens.last, let hyphen = last.firstIndex(of: "-"),
                Self.surnameParticles.contains(last[..<hyphen].lowercased()), last.first?.isLowercase == true
            {
                let capitalised = last.prefix(1).uppercased() + last.dropFirst()
                surnames[capitalised] = surnames[capitalised] ?? full
            }
            guard tokens.count >= 3,
                let particle = tokens.indices.dropFirst().first(where: {
                    $0 < tokens.count - 1 && Self.surnameParticles.contains(tokens[$0].lowercased())
                })
            else { continue }
            let surname = tokens[particle...].joined(separator: " ")
            let first = tokens[particle]
            for form in [
                surname, first.prefix(1).uppercased() + surname.dropFirst(),
                first.prefix(1).lowercased() + surname.dropFirst(),
            ] {
                if multiWord[form] == .person { multiWord[form] = nil }
                if multiWord[form] == nil { personAliases[form] = personAliases[form] ?? full }
            }
        }
        // `Zelenskyy Putin`: two surnames side by side are two people, not one.
        for (full, kind) in multiWord where kind == .person {
            let tokens = full.split(separator: " ").map(String.init)
            if tokens.count == 2, let first = surnames[tokens[0]], let second = surnames[tokens[1]],
                first != full, second != full
            {
                multiWord[full] = nil
                if surnames[tokens[1]] == full { surnames[tokens[1]] = nil }
                if givenNames[tokens[0]] == full { givenNames[tokens[0]] = nil }
            }
        }
        var acronyms: [String: String] = [:]
        for (full, kind) in multiWord where kind != .person {
            let initials = Self.initials(full)
            if initials.count >= 2 { acronyms[initials] = full }
        }
        for entry in gazetteer.entries.indices where gazetteer.entries[entry].kind == .organisation {
            _ = entry  // Gazetteer organisations carry their own acronyms as aliases.
        }

        // Count every occurrence.
        var singles: [String: (mentions: Int, first: SourceLocation?, order: Int)] = [:]
        for (position, occurrence) in occurrences.enumerated() {
            switch occurrence.found {
            case .known(let entry, let form, let isDemonym):
                if knownRecords[entry] == nil {
                    knownRecords[entry] = record(
                        gazetteer.entries[entry].name, kind: gazetteer.entries[entry].kind, position: position)
                }
                let known = knownRecords[entry]!
                known.mention(form, at: occurrence.location, order: position)
                if isDemonym {
                    known.demonymsWritten[form, default: 0] += 1
                } else {
                    known.written[form, default: 0] += 1
                }
            case .name(let tokens, let title, let run):
                let full = tokens.joined(separator: " ")
                if tokens.count >= 2 {
                    if let organisation = organisationAliases[full] {
                        record(organisation, kind: .organisation, position: position).mention(
                            full, at: occurrence.location, order: position)
                    } else if let person = personAliases[full] {
                        record(person, kind: .person, position: position).mention(
                            full, at: occurrence.location, order: position)
                    } else if let kind = multiWord[full] {
                        record(full, kind: kind, position: position).mention(
                            full, at: occurrence.location, order: position)
                        if let title, kind == .person, occurrence.inBody {
                            _ = title
                        }
                    } else if surnames[tokens[0]] != nil || surnames[tokens[1]] != nil {
                        for token in tokens {
                            if let person = surnames[token] {
                                record(person, kind: .person, position: position).mention(
                                    token, at: occurrence.location, order: position)
                            }
                        }
                    } else if let organisation = leadingWords[tokens[0]] {
                        // `Alpenwerk Instruments Beats Forecasts` in a title: a mention of the company.
                        record(organisation, kind: multiWord[organisation] ?? .organisation, position: position)
                            .mention(tokens[0], at: occurrence.location, order: position)
                    }
                    continue
                }
                let token = tokens[0]
                if let person = surnames[token] ?? givenNames[token] {
                    let form = title.map { "\($0) \(token)" } ?? token
                    record(person, kind: .person, position: position).mention(
                        form, at: occurrence.location, order: position)
                } else if let organisation = leadingWords[token] ?? acronyms[token] {
                    record(organisation, kind: multiWord[organisation] ?? .organisation, position: position)
                        .mention(token, at: occurrence.location, order: position)
                } else if teams.contains(token) || companies.contains(token) {
                    record(token, kind: .organisation, position: position).mention(
                        token, at: occurrence.location, order: position)
                } else if occurrence.inBody, run.followsPlacePreposition, token.count > 1,
                    !EntityResolver.looksLikeAcronym(token)
                {
                    record(token, kind: records[token]?.kind ?? .place, position: position).mention(
                        token, at: occurrence.location, order: position)
                } else if occurrence.inBody, title != nil || run.nextIsSpeechVerb {
                    let form = title.map { "\($0) \(token)" } ?? token
                    surnames[token] = token
                    record(token, kind: .person, position: position).mention(
                        form, at: occurrence.location, order: position)
                } else if occurrence.inBody, !run.startsSentence, token.count > 1 {
                    let previous = singles[token]
                    singles[token] = (
                        (previous?.mentions ?? 0) + 1, previous?.first ?? occurrence.location,
                        previous?.order ?? position
                    )
                }
            }
        }
        // In a game report (two sides or more named by a result), a name met again and again with
        // nothing else to say what it is, is most likely a side too (`Essex`, `Surrey`).
        let isGameReport = teams.count >= 2
        for (token, single) in singles where single.mentions >= 2 && records[token] == nil {
            let kind: EntityKind = Self.looksLikeAcronym(token) || isGameReport ? .organisation : .other
            let created = record(token, kind: kind, position: single.order)
            created.mentions = single.mentions
            created.firstMention = single.first
        }

        for case let known? in knownRecords { Self.nameAsWritten(known) }

        return order.compactMap { records[$0] }
            .filter { $0.mentions > 0 }
            .sorted { ($0.mentions, -$0.firstOrder) > ($1.mentions, -$1.firstOrder) }
            .map {
                Entity(
                    name: $0.name, kind: $0.kind, mentions: $0.mentions, aliases: $0.aliases.sorted(),
                    firstMention: $0.firstMention)
            }
    }

    /// A known name is called what the article calls it: the canonical name when written, else
    /// the form written most (`U.S.`). A name met only as a demonym (`West Indian`) is not a
    /// mention of the place: it is kept as an `other` entity under the demonym, never as a place
    /// whose name the text does not contain.
    private static func nameAsWritten(_ record: Record) {
        guard record.written[record.name] == nil else { return }
        var candidates = record.written
        if candidates.isEmpty {
            candidates = record.demonymsWritten
            record.kind = .other
        }
        guard let best = candidates.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return }
        record.aliases.remove(best)
        record.name = best
    }

    /// The kind of an unknown multi-word name.
    static func kind(of tokens: [String], title: String?) -> EntityKind {
        // `Douglas & Lomason`: an ampersand joins the names of partners in a firm.
        if tokens.contains(where: { EntityRecogniser.organisationWords.contains($0) || $0 == "&" }) {
            return .organisation
        }
        if let last = tokens.last, EntityRecogniser.placeWords.contains(last) { return .place }
        if title == "place-prefixed" {
            if let last = tokens.last, EntityRecogniser.otherWords.contains(last) { return .other }
            return .organisation
        }
        // `Cold War`, `Treaty of Rome` — but not `Bill Clinton`: the marking word comes last, or first before `of`.
        if let last = tokens.last, EntityRecogniser.otherWords.contains(last) { return .other }
        if tokens.count > 2, EntityRecogniser.otherWords.contains(tokens[0]), tokens[1] == "of" { return .other }
        if tokens.count > 4 { return .other }
        if tokens.allSatisfy({ looksLikeAcronym($0) }) { return .organisation }
        return .person
    }

    /// Particles that belong to a surname (`van Boxmeer`, `al-Fayed`, `Te Kani`, `bin Sulayem`).
    static let surnameParticles: Set<String> = [
        "van", "von", "de", "del", "della", "der", "den", "da", "di", "du", "dos", "das", "la", "le", "ter", "te",
        "bin", "ibn", "al", "el", "abu", "ben",
    ]

    static func looksLikeAcronym(_ token: String) -> Bool {
        token.count >= 2 && token.count <= 8 && token.allSatisfy { $0.isUppercase || $0 == "." || $0.isNumber }
    }

    /// `United Nations Economic Commission for Europe` → `UNECE`.
    static func initials(_ name: String) -> String {
        String(
            name.split(separator: " ").compactMap { word -> Character? in
                guard let first = word.first, first.isUppercase else { return nil }
                return first
            })
    }
}
