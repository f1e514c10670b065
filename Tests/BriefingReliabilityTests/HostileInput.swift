import BriefingModel

/// Inputs that a reader of articles from the web will meet sooner or later: broken encodings,
/// controls, odd line endings, huge and deep documents, and junk.
enum HostileInput: String, CaseIterable, CustomStringConvertible, Sendable {
    case overlongForms, encodedSurrogates, truncatedSequences, strayContinuationBytes
    case nulAndC0Controls, c1Controls, nonCharacters
    case utf8ByteOrderMark, utf16LittleEndian, utf16BigEndian, utf16OddLengthAndLoneSurrogate
    case carriageReturnsOnly
    case tenMegabyteLine, oneMegabyteWord
    case hundredThousandBullets, hundredThousandHeadings
    case thousandLevelsOfIndentation, fiveThousandNestedQuotationMarks, fiveThousandQuoteMarkers
    case empty, spaces, binary

    var description: String { rawValue }

    /// The input's bytes (the large ones are built on demand).
    var bytes: [UInt8] {
        let title = Array("A Title for a Hostile Article\n\n".utf8)
        func article(_ bad: [UInt8]) -> [UInt8] {
            title + Array("Text before ".utf8) + bad + Array(" and text after.\n\nA second paragraph.\n".utf8)
        }
        switch self {
        case .overlongForms: return article([0xC0, 0xAF, 0x20, 0xE0, 0x80, 0xAF, 0x20, 0xF0, 0x80, 0x80, 0xAF])
        case .encodedSurrogates: return article([0xED, 0xA0, 0x80, 0x20, 0xED, 0xBF, 0xBF])
        case .truncatedSequences: return article([0xE2, 0x82, 0x20, 0xF0, 0x9F, 0x98]) + [0xE2]
        case .strayContinuationBytes: return article([0x80, 0xBF, 0x20, 0x80])
        case .nulAndC0Controls: return article([0x00, 0x01, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F])
        case .c1Controls: return article([0xC2, 0x80, 0xC2, 0x85, 0xC2, 0x9F])
        case .nonCharacters:  // U+FFFE, U+FFFF, U+FDD0, U+10FFFF
            return article([0xEF, 0xBF, 0xBE, 0xEF, 0xBF, 0xBF, 0xEF, 0xB7, 0x90, 0xF4, 0x8F, 0xBF, 0xBF])
        case .utf8ByteOrderMark: return [0xEF, 0xBB, 0xBF] + article([])
        case .utf16LittleEndian: return Self.utf16("A Title\r\n\r\nText with ü, 😀 and “quotes”.\r\n", bigEndian: false)
        case .utf16BigEndian: return Self.utf16("A Title\n\n• Label: text with 😀\n", bigEndian: true)
        case .utf16OddLengthAndLoneSurrogate:
            return Self.utf16("A Title\n\nText", bigEndian: false) + [0x00, 0xD8, 0x41, 0x00, 0x42]
        case .carriageReturnsOnly:
            return Array("A Title\r\rFirst paragraph.\r\rHeading Here\r\rSecond paragraph.\r".utf8)
        case .tenMegabyteLine:  // 10 MiB: more than libxml2's 10,000,000-byte limits on one text node.
            return title + Array(repeating: Array("word ".utf8), count: 2_097_152).flatMap { $0 }
        case .oneMegabyteWord: return title + [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
        case .hundredThousandBullets:
            var bytes = title
            for index in 0..<100_000 { bytes += Array("• Item \(index): text\n".utf8) }
            return bytes
        case .hundredThousandHeadings:
            var bytes = title
            for index in 0..<100_000 { bytes += Array("Heading Number \(index)\n\nBody of section \(index).\n\n".utf8) }
            return bytes
        case .thousandLevelsOfIndentation:
            var bytes = title
            for level in 0..<1000 { bytes += Array((String(repeating: " ", count: level) + "- item \(level)\n").utf8) }
            return bytes
        case .fiveThousandNestedQuotationMarks:
            return title + Array((String(repeating: "“", count: 5000) + "x" + String(repeating: "”", count: 5000)).utf8)
        case .fiveThousandQuoteMarkers:
            return title + Array((String(repeating: "> ", count: 5000) + "deep\n> shallow\n").utf8)
        case .empty: return []
        case .spaces: return [UInt8](repeating: 0x20, count: 10_000)
        case .binary:
            // A fixed pseudo-random sequence (a 64-bit LCG), so that a failure can be replayed.
            var state: UInt64 = 0x9E37_79B9_7F4A_7C15
            return (0..<200_000).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 56)
            }
        }
    }

    private static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }
}
