/// Decides whether a short run of text is a heading, from its shape and its neighbours.
///
/// Plain text does not mark headings, so this is a judgement. A run is a heading when all of these hold:
/// - it is short: one line (or a long line wrapped onto a second), at most 150 bytes and 16 words;
/// - it does not end like a sentence or clause (`.` `,` `;` `:` `…`, looking through closing
///   quotation marks and brackets) and holds no sentence break;
/// - it begins with a capital letter, a digit or a letter of a script without case, and is not
///   wholly in brackets or quotation marks;
/// - it is not a byline, a date line, a credit (`Photo by …`), a kicker (`Related: …`), code or a link;
/// - something follows it;
/// - and either it is in Title Case, or it is a short sentence-case phrase (at most 10 words, no
///   commas) followed by a block at least as long as itself or by another short line.
///
/// A question may be a heading, but only a short one (at most 12 words); an exclamation only in
/// Title Case. Ideographic and full-width punctuation (`。` `、` `！` `？`) counts as its ASCII form.
struct HeadingRule {
    static let maximumLength = 150
    static let maximumWords = 16
    static let maximumSentenceCaseWords = 10
    static let maximumQuestionWords = 12

    /// First words that mark a caption or credit line rather than a heading.
    static let creditWords: PackedWordSet = PackedWord.set([
        "photo", "photos", "photograph", "photographs", "picture", "image", "images", "illustration", "portrait",
        "video", "graphic", "credit", "credits", "source", "sources", "caption",
    ])

    /// Words that, followed by a colon, introduce a link or a note rather than a section.
    static let kickerWords: PackedWordSet = PackedWord.set([
        "related:", "read:", "see:", "watch:", "listen:", "update:", "updated:", "note:", "photo:", "image:",
        "source:", "coordinates:", "video:", "more:", "also:", "advertisement:",
    ])

    /// What surrounds the candidate.
    struct Context {
        /// Whether a block follows at all.
        var hasNext = false
        /// The length in bytes of the next block's text (a list or quote counts as long).
        var nextLength = 0
        /// Whether the next block is a single short line that does not end like a sentence
        /// (a heading, a byline), as when a section heading is followed by a sub-heading.
        var nextIsShortLine = false
    }

    static func isHeading(_ features: TextFeatures, context: Context, firstLineLength: Int) -> Bool {
        guard features.length <= maximumLength, features.words > 0, features.words <= maximumWords else {
            return false
        }
        if features.lineCount > 2 { return false }
        if features.lineCount == 2 && firstLineLength < 50 { return false }
        if features.endsWithSentencePunctuation || features.hasSentenceBreak || features.isBracketed { return false }
        switch features.firstInitial {
        case .upper, .digit: break
        case .other: if !features.first.properties.isAlphabetic { return false }
        case .lower: return false
        }
        if features.hasCodeOrLinkCharacters || features.looksLikeDateLine || features.looksLikeByline { return false }
        if let first = features.firstWord, creditWords.contains(first) || kickerWords.contains(first) { return false }
        if !context.hasNext { return false }
        if features.last == "?" || features.last == "!" || features.last == "\u{FF1F}" || features.last == "\u{FF01}" {
            if features.words > maximumQuestionWords { return false }
        }
        // An exclamation in sentence case is a sentence (`Sharing is caring!`), not a heading.
        if (features.last == "!" || features.last == "\u{FF01}") && !features.isTitleCase { return false }
        if features.isTitleCase { return true }
        return features.words <= maximumSentenceCaseWords && !features.hasClausePunctuation
            && (context.nextLength >= features.length || context.nextIsShortLine)
    }
}
