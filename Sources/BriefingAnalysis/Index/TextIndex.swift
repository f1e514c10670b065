import BriefingModel

/// A briefing's text, split once into units, sentences and words, with every word form
/// interned — what the standard analysers share through the `AnalysisCache`.
///
/// Building it is one pass over the text; each analyser then works on integers: word forms,
/// their lower-case forms, and per-form facts (stop word, capitalisation) looked up in arrays.
final class TextIndex: @unchecked Sendable {
    // @unchecked: the index is built in `init` and never changed afterwards.

    struct Unit {
        var kind: TextUnit.Kind
        var location: SourceLocation?
        var bytes: Range<Int>
        var sentences: Range<Int>

        /// Whether a heading reads as running text or a table row rather than Title Case (see
        /// ``TextIndex/readsAsProse(_:)``).
        var readsAsProse = false

        var isBody: Bool { kind == .paragraph || kind == .item || kind == .quote }
        var introducesNames: Bool { isBody || kind == .attribution || kind == .tableRow || readsAsProse }
    }

    struct Sentence {
        var bytes: Range<Int>
        var words: Range<Int>
        var unit: Int
    }

    struct IndexedWord {
        var start: Int32
        var end: Int32
        /// The word as written.
        var form: Int32
        /// The word in lower case.
        var lower: Int32
        var shape: Word.Shape
        var endsPhrase: Bool
        var isPossessive: Bool
        var startsPhrase: Bool

        var isCapitalizedOrAcronym: Bool { shape == .capitalized || shape == .allCaps }
    }

    /// Every unit's text, one after another, each followed by a line feed.
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let units: [Unit]
    let sentences: [Sentence]
    let words: [IndexedWord]
    let forms: Interner
    let lowers: Interner
    /// Per lower-case form: whether it is a stop word.
    let isStopWord: [Bool]
    /// Per lower-case form: whether the body ever writes it in lower case.
    let writtenLowerCase: [Bool]
    /// Every word form as a string (most are small strings, stored without allocation).
    let formTexts: [String]
    /// Per form: whether it holds a hyphen (`Russia-Ukraine`), which name recognition may split.
    let hasHyphen: [Bool]

    /// Whether a line taken for a heading reads as running text or a table row, so that its
    /// capitals mark names as in a paragraph: it holds a digit or a comma (`62 Nolan Henke`,
    /// `Wood, Loren Roberts, Steve Stricker`), or a word of four letters or more in lower case
    /// (`Leading scores in`). Title Case headings (`Talks Resume in Geneva`) do not.
    static func readsAsProse(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var wordStart = true
        var lowerRun = 0
        for byte in line {
            if byte &- 0x30 < 10 || byte == UInt8(ascii: ",") { return true }
            if byte == UInt8(ascii: " ") {
                wordStart = true
                lowerRun = 0
                continue
            }
            if wordStart {
                lowerRun = byte &- 0x61 < 26 ? 1 : -1
                wordStart = false
            } else if lowerRun > 0 {
                lowerRun = byte &- 0x61 < 26 ? lowerRun + 1 : -1
                if lowerRun >= 4 { return true }
            }
        }
        return false
    }

    init(_ briefing: Briefing) {
        let textUnits = TextUnit.collect(briefing)
        let total = textUnits.reduce(0) { $0 + $1.text.count + 1 }
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, total))
        bytes = storage
        var units: [Unit] = []
        units.reserveCapacity(textUnits.count)
        var offset = 0
        for unit in textUnits {
            let length = unit.text.withUTF8 { source -> Int in
                if let base = source.baseAddress, !source.isEmpty {
                    (storage.baseAddress! + offset).update(from: base, count: source.count)
                }
                return source.count
            }
            storage[offset + length] = 0x0A
            var indexed = Unit(
                kind: unit.kind, location: unit.location, bytes: offset..<offset + length, sentences: 0..<0)
            if unit.kind == .heading {
                let line = UnsafeBufferPointer(rebasing: storage[offset..<offset + length])
                indexed.readsAsProse = Self.readsAsProse(line)
            }
            units.append(indexed)
            offset += length + 1
        }
        var sentences: [Sentence] = []
        var words: [IndexedWord] = []
        words.reserveCapacity(total / 6)
        var forms = Interner(capacity: 4096)
        var lowers = Interner(capacity: 4096)
        var lowerOfForm: [Int32] = []
        let buffer = UnsafeBufferPointer(storage)
        for unitIndex in units.indices {
            let firstSentence = sentences.count
            var firstWord = words.count
            Tokenizer.scan(buffer, units[unitIndex].bytes) { word in
                let text = UnsafeBufferPointer(rebasing: buffer[word.start..<word.end])
                let form = forms.intern(text)
                if Int(form) == lowerOfForm.count {
                    lowerOfForm.append(Self.lowerCase(text, into: &lowers))
                }
                words.append(
                    IndexedWord(
                        start: Int32(truncatingIfNeeded: word.start), end: Int32(truncatingIfNeeded: word.end),
                        form: form, lower: lowerOfForm[Int(form)], shape: word.shape, endsPhrase: word.endsPhrase,
                        isPossessive: word.isPossessive, startsPhrase: word.startsPhrase))
            } breakPhrase: {
                words[words.count - 1].endsPhrase = true
            } sentence: { range in
                sentences.append(Sentence(bytes: range, words: firstWord..<words.count, unit: unitIndex))
                firstWord = words.count
            }
            units[unitIndex].sentences = firstSentence..<sentences.count
        }
        var isStopWord = Array(repeating: false, count: lowers.count)
        for word in StopWords.english {
            if let id = lowers.lookup(word) { isStopWord[Int(id)] = true }
        }
        var writtenLowerCase = Array(repeating: false, count: lowers.count)
        for unit in units where unit.isBody {
            for sentence in sentences[unit.sentences] {
                for word in words[sentence.words] where word.shape == .lower {
                    writtenLowerCase[Int(word.lower)] = true
                }
            }
        }
        self.units = units
        self.sentences = sentences
        self.words = words
        self.forms = forms
        self.lowers = lowers
        self.isStopWord = isStopWord
        self.writtenLowerCase = writtenLowerCase
        formTexts = (0..<forms.count).map { forms.string(Int32($0)) }
        hasHyphen = (0..<forms.count).map { id in forms.withBytes(Int32(id)) { $0.contains(UInt8(ascii: "-")) } }
    }

    deinit {
        bytes.deallocate()
    }

    /// The shared index of `briefing`, from the cache or built and cached.
    static func shared(_ briefing: Briefing, _ cache: inout AnalysisCache) -> TextIndex {
        cache.value(for: TextIndex.self) { TextIndex(briefing) }
    }

    /// Interns the lower-case form of `text`.
    private static func lowerCase(_ text: UnsafeBufferPointer<UInt8>, into lowers: inout Interner) -> Int32 {
        var ascii = true
        var hasUpper = false
        for byte in text {
            if byte >= 0x80 { ascii = false }
            if byte &- 0x41 < 26 { hasUpper = true }
        }
        if ascii {
            guard hasUpper else { return lowers.intern(text) }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count) { lowered in
                for (index, byte) in text.enumerated() { lowered[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
                return lowers.intern(UnsafeBufferPointer(lowered))
            }
        }
        var lowered = String(decoding: text, as: UTF8.self).lowercased()
        return lowered.withUTF8 { lowers.intern($0) }
    }

    // MARK: Reading

    /// The bytes `range` as a string.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: UnsafeBufferPointer(bytes)[range]), as: UTF8.self)
    }

    /// A word as written.
    func text(of word: IndexedWord) -> String {
        formTexts[Int(word.form)]
    }

    /// A word's text from its first byte to the last byte of `last`.
    func text(from first: IndexedWord, to last: IndexedWord) -> String {
        string(Int(first.start)..<Int(last.end))
    }

    /// The id of a lower-case literal, if the text uses it.
    func lowerID(_ literal: String) -> Int32? {
        lowers.lookup(literal)
    }

    /// The ids of the lower-case literals the text uses.
    func lowerIDs(_ literals: some Sequence<String>) -> Set<Int32> {
        Set(literals.compactMap { lowers.lookup($0) })
    }
}
