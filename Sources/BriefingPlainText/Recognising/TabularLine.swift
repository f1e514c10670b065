/// Recognises lines that are rows of a table: sports results (`Arsenal 2 Chelsea 1`), standings
/// (`Barcelona 10 7 2 1 20 8 23`), prices (`Gold 383.50 384.20`), scorecards (`M. Slater run out 9`)
/// and columns aligned with two or more spaces or a tab.
///
/// A line is a row when it is short, does not end like a sentence or clause, and either
///  - holds at least two cells set apart by a gap (two spaces or more, or a tab), one of them a
///    number, or
///  - holds at least two numbers (`6-3`, `.596`, `4:08.22`, `$0.22`, `1/2`; `-` as a placeholder
///    among numbers), numbers make a third of its words or more, or
///  - starts or ends with a number (a *weak* row: a table needs three rows when its first two
///    are not both strong),
///
/// and has at most two runs of words between its numbers (a name, or two: `Lotte 6 Hyundai 2`)
/// and no more lower-case words of four letters or more than numbers (prose has many). A lone row is text;
/// a table is a run of rows (see ``BlockScanner``). Reading a line is one pass over its bytes,
/// without allocation.
enum TabularLine {
    /// The longest line taken for a row, in bytes.
    static let maximumLength = 160

    /// What a line is made of, measured in one pass.
    struct Shape {
        var words = 0
        var numbers = 0
        var placeholders = 0
        var longLowerWords = 0
        /// Cells set apart by gaps (two spaces or more, or a tab); 1 when the line has no gap.
        var gapCells = 1
        /// Runs of words that are not numbers (`New York` in `New York 74 59`).
        var textCells = 0
        var lastWasNumber = true
        var startsWithNumber = false
        /// Words of one to four letters and nothing else (`W`, `PCT`).
        var shortLetterWords = 0
        var hasDigit = false

        /// Whether the line is a strong table row (two aligned cells, or two numbers or more).
        var isRow: Bool {
            let numeric = numbers + (numbers >= 1 ? placeholders : 0)
            if gapCells >= 2 && numbers >= 1 { return true }
            return numbers >= 2 && numeric * 3 >= words && isData
        }

        /// Whether the line is a row, strong or weak (one number, at its start or end).
        var isWeakRow: Bool {
            isRow || (numbers >= 1 && (startsWithNumber || lastWasNumber) && words <= 12 && isData)
        }

        /// Few runs of words and few long lower-case words: data, not prose.
        private var isData: Bool { textCells <= 2 && longLowerWords <= max(1, numbers) }

        /// Whether the line could head the columns of a table: two to twelve short words with no
        /// digit (`W D L PCT GB`), or two cells or more set apart by gaps (`Team   Won   Lost`).
        var isHeader: Bool {
            guard !hasDigit, words >= 2, words <= 12, longLowerWords == 0 else { return false }
            return gapCells >= 2 || shortLetterWords == words
        }
    }

    /// The shape of `line`, or `nil` when it is too long or ends like a sentence or clause.
    static func shape(_ source: SourceText, _ line: Line) -> Shape? {
        shape(source.bytes, line)
    }

    /// The shape of `line` in `bytes`, or `nil` when it is too long or ends like a sentence or clause.
    static func shape(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> Shape? {
        guard line.length >= 3, line.length <= maximumLength else { return nil }
        switch bytes[line.contentEnd - 1] {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "?"),
            UInt8(ascii: "!"):
            return nil
        default:
            break
        }
        var shape = Shape()
        forEachWord(bytes, line) { word, gapBefore in
            if gapBefore { shape.gapCells += 1 }
            measure(bytes, word.lowerBound, word.upperBound, into: &shape)
        }
        return shape
    }

    /// Calls `body` with each word of `line` (a run of bytes between spaces and tabs) and whether a
    /// gap — a tab, or two spaces or more — sets it apart from the word before.
    private static func forEachWord(
        _ bytes: UnsafeBufferPointer<UInt8>, _ line: Line, _ body: (Range<Int>, Bool) -> Void
    ) {
        var index = line.contentStart
        let end = line.contentEnd
        var isFirst = true
        while index < end {
            var spaces = 0
            var tab = false
            while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 {
                if bytes[index] == 0x09 { tab = true }
                spaces += 1
                index += 1
            }
            guard index < end else { break }
            let start = index
            while index < end, bytes[index] != 0x20, bytes[index] != 0x09 { index += 1 }
            body(start..<index, !isFirst && (tab || spaces >= 2))
            isFirst = false
        }
    }

    /// Whether `line` is a table row, weak or strong.
    static func isRow(_ source: SourceText, _ line: Line) -> Bool {
        shape(source, line)?.isWeakRow ?? false
    }

    /// Counts one word `[start, end)`: a number, a placeholder, a long lower-case word or other.
    private static func measure(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into shape: inout Shape)
    {
        shape.words += 1
        var digits = 0
        var letters = 0
        var lower = 0
        var other = 0
        for index in start..<end {
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                digits += 1
            } else if byte &- 0x61 < 26 {
                letters += 1
                lower += 1
            } else if byte &- 0x41 < 26 || byte >= 0x80 {
                letters += 1
            } else {
                switch byte {
                case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ":"),
                    UInt8(ascii: "+"), UInt8(ascii: "%"), UInt8(ascii: "$"), UInt8(ascii: "("), UInt8(ascii: ")"):
                    break
                default:
                    other += 1
                }
            }
        }
        if digits > 0 { shape.hasDigit = true }
        let isNumber = digits > 0 && letters == 0 && other == 0
        let isPlaceholder = digits == 0 && letters == 0 && end - start <= 2 && other == 0
        if shape.words == 1 { shape.startsWithNumber = isNumber }
        if !isNumber && !isPlaceholder && shape.lastWasNumber { shape.textCells += 1 }
        shape.lastWasNumber = isNumber || isPlaceholder
        if isNumber {
            shape.numbers += 1
        } else if isPlaceholder {
            shape.placeholders += 1  // `-`, `--`: an empty cell among numbers.
        } else if digits == 0 && other == 0 {
            if letters == end - start && letters <= 4 { shape.shortLetterWords += 1 }
            if lower >= 4 && lower == letters && bytes[start] &- 0x61 < 26 { shape.longLowerWords += 1 }
        }
    }

    /// The cells of a row or header line: split at gaps when the line has them; else, in a row,
    /// each number is a cell and each run of other words between numbers is one (`New York 74 59`
    /// gives `New York`, `74`, `59`; a fraction joins the number before it: `5 1/2`), and in a
    /// header each word is a cell (`W L PCT`).
    static func cells(_ source: SourceText, _ line: Line, isHeader: Bool = false) -> [String] {
        let bytes = source.bytes
        var words: [Range<Int>] = []
        var gapBefore: [Bool] = []
        forEachWord(bytes, line) { word, gap in
            gapBefore.append(gap)
            words.append(word)
        }
        var cells: [String] = []
        var cellStart = -1
        var cellEnd = -1
        var cellIsNumber = false
        func flush() {
            if cellStart >= 0 { cells.append(source.string(cellStart, cellEnd)) }
            cellStart = -1
        }
        let aligned = gapBefore.contains(true)
        for (position, word) in words.enumerated() {
            let isNumber = isNumeric(bytes, word)
            let joins: Bool
            if aligned {
                joins = !gapBefore[position]
            } else if isHeader {
                joins = false
            } else if isNumber {
                joins = cellIsNumber && isFraction(bytes, word)
            } else {
                joins = !cellIsNumber
            }
            if !joins || cellStart < 0 {
                flush()
                cellStart = word.lowerBound
                cellIsNumber = isNumber
            }
            cellEnd = word.upperBound
        }
        flush()
        return cells
    }

    /// Whether the word is a number or a placeholder (`-`): digits and number punctuation only.
    private static func isNumeric(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        var shape = Shape()
        measure(bytes, word.lowerBound, word.upperBound, into: &shape)
        return shape.numbers == 1 || shape.placeholders == 1
    }

    /// Whether the word is a fraction such as `1/2`.
    private static func isFraction(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        word.count >= 3 && bytes[word].contains(UInt8(ascii: "/"))
            && bytes[word].allSatisfy { $0 &- 0x30 < 10 || $0 == UInt8(ascii: "/") }
    }
}
