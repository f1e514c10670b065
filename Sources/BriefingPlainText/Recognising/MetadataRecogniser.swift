import BriefingModel

/// Recognises bylines, datelines and date lines near the top of an article and records them in
/// the metadata. The text itself stays in the outline.
enum MetadataRecogniser {
    /// Only this many blocks from the top are looked at.
    static let searchedBlocks = 8

    /// `By Jane Doe`, `By Nathan Willis March 25, 2015`, `BY JANE DOE AND JOHN ROE`: the name part.
    static func byline(_ text: String) -> String? {
        var rest = text.dropFirst(2).drop { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
        guard !rest.isEmpty else { return nil }
        // Cut at a date, a separator or a comma that ends the names.
        var words: [Substring] = []
        for word in rest.split(separator: " ", omittingEmptySubsequences: true) {
            let bare = word.lowercased().droppingTrailing { $0 == "," || $0 == "." }
            if TextFeatures.monthNameList.contains(String(bare)) || word.first?.isNumber == true { break }
            if word == "|" || word == "-" || word == "—" || word == "–" || word == "/" { break }
            words.append(word)
            if word.hasSuffix(",") { break }
        }
        rest = Substring(words.joined(separator: " ")).droppingTrailing { $0 == "," || $0 == "." || $0 == " " }
        return rest.isEmpty ? nil : String(rest)
    }

    /// The names in a byline, one each: `Jane Doe and John Roe`, `Jane Doe, John Roe & Ann Poe`.
    static func authors(_ byline: String) -> [String] {
        var names: [String] = []
        for part in byline.split(separator: ",") {
            var rest = Substring(part)
            while let range = rest.firstRange(of: " and ") ?? rest.firstRange(of: " AND ") ?? rest.firstRange(of: " & ")
            {
                names.append(String(rest[..<range.lowerBound]))
                rest = rest[range.upperBound...]
            }
            names.append(String(rest))
        }
        return names.map { ByteClasses.trimmingWhitespace(Substring($0)) }.filter { !$0.isEmpty }.map(String.init)
    }

    /// A dateline at the start of a paragraph: `KYIV, Nov 24 (Reuters) —`, `WASHINGTON (AP) --`.
    static func dateline(_ text: String) -> (dateline: String, place: String, date: String?, source: String?)? {
        let utf8 = text.utf8
        // The place: capital letters, spaces, dots, hyphens and apostrophes, at least two letters.
        var index = utf8.startIndex
        var letters = 0
        while index != utf8.endIndex {
            let byte = utf8[index]
            if ByteClasses.isASCIIUppercase(byte) {
                letters += 1
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "'")
            {
            } else if byte >= 0x80 {
                // Accented capitals (É, Ö…): accept scalars that are upper case.
                let scalarIndex = index
                let scalar = text.unicodeScalars[scalarIndex]
                guard scalar.properties.isUppercase else { break }
                letters += 1
                index = text.unicodeScalars.index(after: scalarIndex)
                continue
            } else {
                break
            }
            index = utf8.index(after: index)
        }
        guard letters >= 2, index != utf8.endIndex else { return nil }
        let place = text[..<index].droppingTrailing { $0 == " " }
        guard !place.isEmpty, place.count <= 40 else { return nil }
        // The dash that closes the dateline, within a short distance.
        let tail = text[index...]
        guard tail.first == "," || tail.first == " " || tail.first == "(" else { return nil }
        let window = tail.prefix(80)
        guard
            let dash = window.firstRange(of: " — ") ?? window.firstRange(of: " – ") ?? window.firstRange(of: " -- ")
                ?? window.firstRange(of: " - ")
        else { return nil }
        let middle = tail[..<dash.lowerBound]
        var date: Substring? = middle
        var source: String?
        if let open = middle.lastIndex(of: "("), let close = middle.lastIndex(of: ")"), open < close {
            source = String(middle[middle.index(after: open)..<close])
            date = middle[..<open]
        }
        let cleanedDate = date.map { $0.drop { $0 == "," || $0 == " " }.droppingTrailing { $0 == " " } }
        let whole = text[..<dash.lowerBound].droppingTrailing { $0 == " " }
        guard cleanedDate.map({ $0.count <= 30 }) ?? true else { return nil }
        return (
            String(whole), String(place), cleanedDate.flatMap { $0.isEmpty ? nil : String($0) }, source
        )
    }

    /// A wire dateline on a line of its own: `LONDON 1996-08-30`, `MILWAUKEE, Wisconsin 1996-08-29`:
    /// a place whose first word is in capitals, then an ISO 8601 date that ends the line.
    static func wireDateline(_ text: String) -> (place: String, date: String)? {
        let utf8 = Array(text.utf8)
        guard utf8.count >= 13, utf8.count <= 60 else { return nil }
        let date = utf8[(utf8.count - 10)...]
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard digits.allSatisfy({ date[date.startIndex + $0] &- 0x30 < 10 }),
            date[date.startIndex + 4] == UInt8(ascii: "-"), date[date.startIndex + 7] == UInt8(ascii: "-"),
            utf8[utf8.count - 11] == UInt8(ascii: " ")
        else { return nil }
        let place = utf8[..<(utf8.count - 11)]
        // The first word: two or more capitals (`LONDON`, `ST.`), then only letters, spaces and
        // the punctuation of place names.
        var firstWordCapitals = 0
        var inFirstWord = true
        for byte in place {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",") { inFirstWord = false }
            if inFirstWord {
                guard ByteClasses.isASCIIUppercase(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
                else { return nil }
                if ByteClasses.isASCIIUppercase(byte) { firstWordCapitals += 1 }
            } else if byte &- 0x30 < 10 || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ":") {
                return nil
            }
        }
        guard firstWordCapitals >= 2 else { return nil }
        let placeText = String(decoding: place, as: UTF8.self).trimmedSpaces()
        return (String(placeText.droppingTrailing { $0 == "," }), String(decoding: date, as: UTF8.self))
    }

    /// The date part of a date line: `Updated 24 November 2026` gives `24 November 2026`.
    static func dateLineDate(_ text: String) -> String {
        let prefixes = ["updated ", "published ", "posted ", "last updated ", "first published ", "updated: "]
        let lower = text.lowercased()
        for prefix in prefixes where lower.hasPrefix(prefix) {
            return String(text.dropFirst(prefix.count)).trimmedSpaces()
        }
        return text
    }
}

extension StringProtocol {
    /// The string without trailing characters that satisfy `predicate`.
    func droppingTrailing(while predicate: (Character) -> Bool) -> SubSequence {
        var end = endIndex
        while end > startIndex {
            let previous = index(before: end)
            guard predicate(self[previous]) else { break }
            end = previous
        }
        return self[startIndex..<end]
    }

    /// The string without leading and trailing spaces.
    func trimmedSpaces() -> String {
        String(drop { $0 == " " }.droppingTrailing { $0 == " " })
    }
}
