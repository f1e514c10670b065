/// A quotation that is speech (not a scare-quoted term), with who said it when that can be told.
///
/// These are an analyser's findings: the outline's ``Quote`` blocks keep the attribution the
/// article itself gives, and a speaker guessed from the words around a quotation appears here only.
public struct AttributedQuote: Sendable, Hashable, Codable {
    /// The quoted words, without the quotation marks.
    public var text: String
    /// The speaker's name as the article gives it (its fullest form), or `nil` when no speaker was found.
    public var speaker: String?
    /// What tied the quote to its speaker; `nil` when there is no speaker.
    public var cue: Cue?
    /// Where the block holding the quote starts in the input.
    public var location: SourceLocation?

    /// Creates an attributed quote.
    public init(text: String, speaker: String? = nil, cue: Cue? = nil, location: SourceLocation? = nil) {
        self.text = text
        self.speaker = speaker
        self.cue = cue
        self.location = location
    }
}

extension AttributedQuote {
    /// What tied a quotation to its speaker.
    ///
    /// Cues are open, like ``Diagnostic/Code``: an analyser of your own may give its own. Those of
    /// the standard quote analyser are a speech verb as the article writes it (`said`, `told`,
    /// `added` — see ``speechVerb(_:)``) or one of the constants below.
    public struct Cue: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible,
        ExpressibleByStringLiteral
    {
        /// The cue as written in JSON and XML (for example `said` or `according to`).
        public var rawValue: String

        /// Creates a cue from its text.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Creates a cue from its text.
        public init(_ rawValue: String) { self.rawValue = rawValue }

        /// Creates a cue from a string literal.
        public init(stringLiteral value: String) { self.rawValue = value }

        /// Decodes a cue from a single string.
        public init(from decoder: any Decoder) throws {
            rawValue = try decoder.singleValueContainer().decode(String.self)
        }

        /// Encodes a cue as a single string.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        /// The text of the cue.
        public var description: String { rawValue }

        /// A speech verb next to the quotation (`“…,” said Ferraro`, `Ferraro told reporters that “…”`),
        /// in lower case as the article writes it.
        public static func speechVerb(_ verb: String) -> Cue { Cue(verb.lowercased()) }

        /// `according to` and a name before the quotation.
        public static let accordingTo: Cue = "according to"
        /// A possessive before it (`Zelenskyy’s announcement confirmed that “…”`).
        public static let possessive: Cue = "possessive"
        /// A pronoun with a speech verb, resolved to the person named last (`She added that “…”`).
        public static let pronoun: Cue = "pronoun"
        /// A title or role with a speech verb, resolved to the person who holds it (`the minister said`).
        public static let role: Cue = "role"
        /// The quotation goes on after a break in which its speaker was named (`“…,” Bassi said. “But…”`).
        public static let continuation: Cue = "continuation"
        /// A quote block introduced by the paragraph before it (`… Sequeira said:`).
        public static let introduced: Cue = "introduced"
        /// The attribution the article gives a quote block itself (`> — Marta Sequeira`).
        public static let attribution: Cue = "attribution"
    }
}
