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
    /// Whether the words around the run name a side in a game: `Leicestershire beat Somerset`,
    /// `Dinamo 2 Red Star 1`, `Ravanelli (Middlesbrough)`.
    var isTeam = false
    /// Whether a preposition of place comes right before the run (`in Tunbridge Wells`, `at Edgbaston`).
    var followsPlacePreposition = false
    /// Whether the words around the run mark a company: `shares of X`, `X shares`, `X's chief
    /// executive`, `X said in a statement`.
    var isCompany = false
    /// Whether a noun naming a kind of organisation comes right before the run (`news agency
    /// Tanjug`, `team Deportivo Coruna`).
    var followsOrganisationNoun = false
    /// The list the run belongs to: runs of one sentence joined by commas or `and`
    /// (`Essex, Derbyshire and Surrey`) share a number.
    var list = 0

    mutating func removeFirst() {
        tokens.removeFirst()
        ids.removeFirst()
    }
}
