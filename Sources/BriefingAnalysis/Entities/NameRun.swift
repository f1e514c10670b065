/// A run of capitalised words in one sentence — the raw material of names — with what surrounds it.
struct NameRun {
    /// The words, as written (possessive `’s` and punctuation removed).
    var tokens: [String]
    /// Whether the run starts the sentence (so its first word may be capitalised only for that).
    var startsSentence: Bool
    /// Whether the run ends with a possessive (`Zelenskyy’s`).
    var isPossessive: Bool
    /// The lower-cased word after the run, if any (for `said`, `told`…).
    var nextWord: String?
    /// Whether the next word is an all-capitals word in parentheses (`… Europe (UNECE)`).
    var parentheticalAcronym: String?
}
