public import BriefingModel

/// Known names: countries, capitals, cities, regions, organisations, and the titles that come
/// before people's names. The entity analyser looks names up here before it guesses from
/// capitalisation.
///
/// ``standard`` is general world knowledge (every country with its capital and demonyms, major
/// cities and regions, international organisations, news agencies and large companies, and titles
/// such as President or Secretary-General). Add your own names — the companies you track, local
/// places — with ``add(_:)`` or ``merging(_:)``:
///
/// ```swift
/// var gazetteer = Gazetteer.standard
/// gazetteer.add(Gazetteer.Entry(name: "Alpenwerk Instruments", kind: .organisation, aliases: ["Alpenwerk"]))
/// let analyser = EntityAnalyser(gazetteer: gazetteer)
/// ```
///
/// Names match as written (case-sensitively, so `US` is not `us`); an upper-case form of every
/// name also matches (`KYIV` in a dateline is Kyiv).
public struct Gazetteer: Sendable {
    /// One named thing with the other names it goes by.
    public struct Entry: Sendable, Hashable {
        /// The canonical name (`United Nations`).
        public var name: String
        /// What kind of thing it is.
        public var kind: EntityKind
        /// Other names and abbreviations (`UN`, `U.N.`).
        public var aliases: [String]
        /// Adjectives and nouns for its people, for places (`Ukrainian`, `Ukrainians`).
        public var demonyms: [String]

        /// Creates an entry.
        public init(name: String, kind: EntityKind, aliases: [String] = [], demonyms: [String] = []) {
            self.name = name
            self.kind = kind
            self.aliases = aliases
            self.demonyms = demonyms
        }
    }

    /// What a name matched: an entry, and whether through a demonym.
    struct Match: Hashable {
        var entry: Int
        var isDemonym: Bool
    }

    /// The entries, in the order they were added.
    public private(set) var entries: [Entry] = []
    /// Titles that come before a person's name (`President`, `Foreign Minister`, `Dr.`).
    public private(set) var personTitles: [String] = []

    private(set) var index: [String: Match] = [:]
    private(set) var titleIndex: Set<String> = []
    /// The most words any name or title has.
    private(set) var longestName = 1
    /// For each first word of a name, the most words a name starting with it has: a word that
    /// starts no name costs one look-up, not one per possible length.
    private(set) var longestNameFrom: [String: Int] = [:]
    /// The same for titles.
    private(set) var longestTitleFrom: [String: Int] = [:]

    /// Creates a gazetteer from entries and person titles.
    public init(entries: [Entry] = [], personTitles: [String] = []) {
        for entry in entries { add(entry) }
        for title in personTitles { addPersonTitle(title) }
    }

    /// Adds an entry; its names replace any earlier entry's identical names.
    public mutating func add(_ entry: Entry) {
        let position = entries.count
        entries.append(entry)
        for name in [entry.name] + entry.aliases {
            register(name, Match(entry: position, isDemonym: false))
        }
        for demonym in entry.demonyms {
            register(demonym, Match(entry: position, isDemonym: true))
        }
    }

    /// Adds a title that comes before people's names.
    public mutating func addPersonTitle(_ title: String) {
        personTitles.append(title)
        titleIndex.insert(title)
        let words = title.split(separator: " ")
        longestName = max(longestName, words.count)
        if let first = words.first {
            longestTitleFrom[String(first), default: 0] = max(longestTitleFrom[String(first)] ?? 0, words.count)
        }
    }

    /// This gazetteer with the entries and titles of `other` added (its names win on a clash).
    public func merging(_ other: Gazetteer) -> Gazetteer {
        var result = self
        for entry in other.entries { result.add(entry) }
        for title in other.personTitles { result.addPersonTitle(title) }
        return result
    }

    private mutating func register(_ name: String, _ match: Match) {
        guard !name.isEmpty else { return }
        index[name] = match
        noteFirstWord(of: name)
        let upper = name.uppercased()
        if upper != name && index[upper] == nil && Self.wordCount(name) <= 4 && name.count > 3 {
            index[upper] = match
            noteFirstWord(of: upper)
        }
        longestName = max(longestName, Self.wordCount(name))
    }

    private mutating func noteFirstWord(of name: String) {
        let words = name.split(separator: " ")
        guard let first = words.first else { return }
        longestNameFrom[String(first)] = max(longestNameFrom[String(first)] ?? 0, words.count)
    }

    private static func wordCount(_ name: String) -> Int {
        name.split(separator: " ").count
    }

    /// The match for a name exactly as written.
    func lookup(_ name: String) -> Match? {
        index[name]
    }

    /// The standard gazetteer: general world knowledge (see ``Gazetteer``).
    public static let standard: Gazetteer = {
        var gazetteer = Gazetteer()
        for country in GazetteerData.countries {
            gazetteer.add(Entry(name: country.name, kind: .place, aliases: country.aliases, demonyms: country.demonyms))
        }
        for country in GazetteerData.countries {
            for capital in country.capitals where gazetteer.lookup(capital) == nil {
                gazetteer.add(Entry(name: capital, kind: .place))
            }
        }
        for region in GazetteerData.regions {
            gazetteer.add(Entry(name: region.name, kind: .place, aliases: region.aliases, demonyms: region.demonyms))
        }
        for city in GazetteerData.cities where gazetteer.lookup(city) == nil {
            gazetteer.add(Entry(name: city, kind: .place))
        }
        for organisation in GazetteerData.organisations {
            gazetteer.add(Entry(name: organisation.name, kind: .organisation, aliases: organisation.aliases))
        }
        for title in GazetteerData.personTitles {
            gazetteer.addPersonTitle(title)
        }
        return gazetteer
    }()
}
