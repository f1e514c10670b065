/// Splits text into sentences, in one pass over its UTF-8 bytes.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis (`…`, `...`) — together with any closing
/// quotation marks or brackets after it — when white space and then a capital letter, a digit or
/// an opening quotation mark follow. It does not end after:
/// - titles and common abbreviations: `Mr.`, `Dr.`, `vs.`, `e.g.`, `i.e.`, `etc.`, `Inc.`, `Jan.`;
/// - initials (`J. K. Rowling`) and dotted abbreviations (`U.S.`, `p.m.`), unless the next word
///   is one that usually starts a sentence (`The U.S. has …` stays whole; `… in the U.S. The …` splits);
/// - decimals (`3.5`), which have no space after the point;
/// - a quotation that goes on in lower case (`“Stop!” she said.`).
///
/// Text in scripts without capitals is split wherever a sentence mark is followed by white space.
///
/// - Complexity: O(*n*) in the length of the text.
public struct SentenceSegmenter: Sendable {
    /// Creates a segmenter.
    public init() {}

    /// The sentences of `text`, without surrounding white space.
    public func sentences(in text: String) -> [Substring] {
        var copy = text
        let ranges = copy.withUTF8 { Self.ranges(in: $0) }
        let utf8 = text.utf8
        return ranges.map { range in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            return text[start..<end]
        }
    }

    /// Abbreviations (lower case, without their final dot) after which a sentence does not end.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "inc", "ltd", "co", "corp",
        "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "maj", "adm", "rev", "hon", "no", "nos", "fig",
        "figs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
        "approx", "dept", "est", "vol", "p", "pp", "cf", "al", "ca", "govt", "univ", "assn", "bros", "mfg",
    ]

    /// Titles, after which a name always follows: never a sentence end.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "maj", "adm",
        "rev", "hon", "st",
    ]

    /// Words that usually start a sentence: after an abbreviation, one of these means a new sentence.
    static let starters: Set<String> = [
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "In", "On", "At", "But", "And", "Or", "So", "Yet", "However", "While", "When", "After", "Before", "Its",
        "His", "Her", "Their", "Our", "As", "If", "For", "With", "Since", "Although", "Meanwhile", "Still",
        "Now", "Then", "Some", "Many", "Most", "Both", "What", "Why", "How", "Who", "Officials", "Analysts",
    ]

    /// The abbreviations and titles packed into integers (lower case, up to eight bytes, last byte
    /// first), so that the check after every period costs no `String`.
    static let packedAbbreviations = Set(abbreviations.compactMap(pack))
    static let packedTitles = Set(titles.compactMap(pack))

    private static func pack(_ word: String) -> UInt64? {
        guard word.utf8.count <= 8 else { return nil }
        return word.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The byte ranges of the sentences in `bytes`.
    static func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        Tokenizer.scan(bytes, 0..<bytes.count, word: { _ in }, breakPhrase: {}, sentence: { result.append($0) })
        return result
    }
}
