package import BriefingModel

/// The characters XML 1.0 cannot carry, and the repair that replaces them.
///
/// XML 1.0 allows tab, line feed and carriage return but no other C0 control (U+0000–U+0008,
/// U+000B, U+000C, U+000E–U+001F), and neither U+FFFE nor U+FFFF. libxml2 would also cut a
/// string at U+0000. Each such character is replaced with U+FFFD and reported, never dropped.
package enum XMLCharacters {
    /// Whether `text` holds a character XML 1.0 forbids. One pass over the UTF-8 bytes.
    package static func hasForbidden(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { hasForbidden($0) }
    }

    /// Whether UTF-8 `bytes` hold a character XML 1.0 forbids.
    package static func hasForbidden(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
            if byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF
                && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF)
            {
                return true
            }
            index += 1
        }
        return false
    }

    package static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0xFFFE
            || value == 0xFFFF
    }

    /// Returns `briefing` with every forbidden character replaced with U+FFFD, and a diagnostic
    /// added for each string that was changed.
    ///
    /// The XML writer checks each string as it writes it and calls this only when it meets a
    /// forbidden character, so clean briefings never pay for the copy.
    package static func sanitized(_ briefing: Briefing) -> Briefing {
        var result = briefing
        var added: [Diagnostic] = []
        result.updateEveryString { text, location in
            guard hasForbidden(text) else { return }
            var count = 0
            var first: Unicode.Scalar?
            var scalars = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if isForbidden(scalar) {
                    count += 1
                    if first == nil { first = scalar }
                    scalars.append("\u{FFFD}")
                } else {
                    scalars.append(scalar)
                }
            }
            text = String(scalars)
            let code = String(first!.value, radix: 16, uppercase: true)
            let name = "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
            added.append(
                Diagnostic(
                    code: .replacedCharacter,
                    message: "\(count) character(s) that XML 1.0 cannot carry (the first \(name)) "
                        + "replaced with U+FFFD",
                    location: location))
        }
        result.diagnostics += added
        return result
    }
}
