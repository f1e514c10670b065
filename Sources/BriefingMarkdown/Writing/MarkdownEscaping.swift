/// Writes text so that CommonMark reads it back as the same characters and nothing else: no
/// character of it turns into markup.
///
/// - Characters that are markup wherever they stand (`\` `` ` `` `*` `_` `[` `]` `<` `>` `&`) are
///   escaped with a backslash;
/// - at the start of a line, characters that start a block (`#` `-` `+` `=` `~` `|`, and the `.`
///   or `)` after leading digits) are escaped too;
/// - control characters and U+FEFF anywhere (a reader drops it as a byte-order mark at the start),
///   and white space at either end (which CommonMark strips), are written as numeric character
///   references (`&#10;`), which read back as themselves;
/// - U+0000, which CommonMark reads as U+FFFD, is written as U+FFFD and counted.
struct MarkdownEscaping {
    /// How many U+0000 were written as U+FFFD.
    private(set) var replacedNULs = 0

    /// Counts U+0000 replaced elsewhere (in code, which is written as it is).
    mutating func noteReplaced(_ count: Int) {
        replacedNULs += count
    }

    /// Where the text goes, which decides what more must be escaped.
    enum Place {
        /// At the start of a line: a paragraph, an item's text, a quote's text.
        case lineStart
        /// Inside a line (a label between `**`, an image's text).
        case inline
        /// An ATX heading's text: every `#` is escaped (a final run would close the heading).
        case heading
        /// A pipe table's cell: every `|` is escaped (it would end the cell), even one a
        /// combining mark follows.
        case tableCell
    }

    /// `text` escaped for `place`.
    mutating func escape(_ text: String, _ place: Place) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count + 8)
        let scalars = Array(text.unicodeScalars)
        // The ends: white space there is written as references.
        var leading = 0
        while leading < scalars.count, scalars[leading].properties.isWhitespace { leading += 1 }
        var trailing = scalars.count
        while trailing > leading, scalars[trailing - 1].properties.isWhitespace { trailing -= 1 }
        // Leading digits followed by `.` or `)`: an ordered list marker at the start of a line.
        var markerDot = -1
        if place == .lineStart {
            var digits = leading
            while digits < scalars.count, ("0"..."9").contains(scalars[digits]) { digits += 1 }
            if digits > leading, digits < scalars.count, scalars[digits] == "." || scalars[digits] == ")" {
                markerDot = digits
            }
        }
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            if value == 0 {
                replacedNULs += 1
                output.unicodeScalars.append("\u{FFFD}")
            } else if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFEFF || index < leading
                || index >= trailing
            {
                output += "&#\(value);"
            } else if Self.alwaysEscaped(scalar) || index == markerDot
                || (place == .heading && scalar == "#") || (place == .tableCell && scalar == "|")
                || (place == .lineStart && index == leading && Self.escapedAtLineStart(scalar))
            {
                output.unicodeScalars.append("\\")
                output.unicodeScalars.append(scalar)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    private static func alwaysEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\\", "`", "*", "_", "[", "]", "<", ">", "&": true
        default: false
        }
    }

    private static func escapedAtLineStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "#", "-", "+", "=", "~", "|", ":": true
        default: false
        }
    }
}
