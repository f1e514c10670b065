/// A word of a sentence, as byte offsets into the text it came from, with what the analysers
/// need to know about its form and the punctuation around it.
struct Word {
    enum Shape {
        /// `Zelenskyy`, `iPhone`, `Élysée`.
        case capitalized
        /// `NATO`, `U.S.`, `KYIV`.
        case allCaps
        /// `meeting`, `e.g.`.
        case lower
        /// `2026`, `3.5`, `19th`.
        case number
        /// Anything else (symbols, scripts without case).
        case other
    }

    /// Offset of the word's first byte (after opening quotes and brackets).
    var start: Int
    /// Offset just past the word (before closing punctuation and a possessive `’s`).
    var end: Int
    var shape: Shape
    /// Whether punctuation after the word ends a phrase (`,` `;` `:` `.` `!` `?` `)` a closing
    /// quotation mark or a dash).
    var endsPhrase: Bool
    /// Whether the word ended in a possessive `’s` or `'s`, which is not part of it.
    var isPossessive: Bool
    /// Whether an opening quotation mark or bracket stood before the word.
    var startsPhrase: Bool

    var isCapitalizedOrAcronym: Bool { shape == .capitalized || shape == .allCaps }
}
