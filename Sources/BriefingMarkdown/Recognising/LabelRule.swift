/// The rule for a list item written `Label: text` without bold: the part before the first `: ` is
/// a label when it is short and title-like. The exporter asks it too, to escape the colon of an
/// item without a label whose text would otherwise read as one.
enum LabelRule {
    static let maximumLabelBytes = 60
    static let maximumLabelWords = 8

    /// The offset of the colon ending a label at the start of `bytes`, if there is one: at most
    /// 60 bytes and 8 words before a `: `, beginning with a capital letter or a digit, no `,` `;`
    /// `!` `?` in it, capitalised words (small words aside) when more than three, and text after it.
    static func labelColon(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let limit = min(bytes.count, maximumLabelBytes + 1)
        var colon: Int?
        for index in 0..<limit {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") {
                guard index + 1 < bytes.count, bytes[index + 1] == 0x20 || bytes[index + 1] == 0x09 else { return nil }
                colon = index
                break
            }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "!")
                || byte == UInt8(ascii: "?") || byte == 0x0A || byte == 0x0D
            {
                return nil
            }
        }
        guard let colon, colon > 0 else { return nil }
        // Some text after the colon and its space.
        guard bytes[(colon + 2)...].contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<colon]), as: UTF8.self)
        guard let first = label.unicodeScalars.first,
            first.properties.isUppercase || ("0"..."9").contains(first)
        else { return nil }
        let words = label.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count <= maximumLabelWords, !label.hasSuffix(" "), !label.hasSuffix("\t") else { return nil }
        if words.count > 3 {
            let small: Set<Substring> = [
                "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "vs", "vs.", "with",
            ]
            let lower = words.filter { word in
                !small.contains(word)
                    && !(word.unicodeScalars.first.map { $0.properties.isUppercase || !$0.properties.isLowercase }
                        ?? true)
            }
            if !lower.isEmpty { return nil }
        }
        return colon
    }
}
