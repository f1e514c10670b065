/// A run of capitalised words in one sentence — the raw material of names — with what surrounds it.
struct NameRun {
    /// The words, as written (possessive `’s` and punctuation removed).
    var tokens: [String]
    /// The form id of each token in the text index, or -1 for a part of a split hyphenated word.
    var ids: [Int32]
    /// Whether the run starts the sentence (so its first word may be capitalised only for that).
    var startsSentence: Bool
    /// Whether the run ends with a possessive (`Zelenskyy’s`).
    var isPossessive: Bool
    /// Whether the word after the run is a speech verb (`said`, `told`…).
    var nextIsSpeechVerb = false

    mutating func removeFirst() {
        tokens.removeFirst()
        ids.removeFirst()
    }
}
