import Testing

/// Inputs that are hard on a CommonMark parser (cmark's own pathological cases, after its test
/// suite's list of them), on front matter and on pipe tables (recognised in paragraphs' lines).
enum MarkdownHostileInput: String, CaseIterable, CustomTestStringConvertible {
    case deepBrackets, deepQuotes, deepLists, hundredThousandStars, nestedEmphasis, unclosedLinks
    case manyBackticks, tenMegabyteLine, unterminatedFrontMatter, frontMatterNotYAML, nulInCode
    case wideTable, longTable, almostTables

    var testDescription: String { rawValue }

    var bytes: [UInt8] {
        let n = 50_000
        switch self {
        case .deepBrackets:
            return Array((String(repeating: "[", count: n) + "a" + String(repeating: "]", count: n)).utf8)
        case .deepQuotes: return Array((String(repeating: "> ", count: n) + "deep").utf8)
        case .deepLists:
            return Array((0..<2_000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n").utf8)
        case .hundredThousandStars: return Array(String(repeating: "*", count: 100_000).utf8)
        case .nestedEmphasis:
            return Array(
                (String(repeating: "*a **a ", count: n / 4) + "b" + String(repeating: " a** a*", count: n / 4)).utf8)
        case .unclosedLinks: return Array(String(repeating: "[a](<b", count: n / 2).utf8)
        case .manyBackticks:
            return Array((1...2_000).map { String(repeating: "`", count: $0) }.joined(separator: "a").utf8)
        case .tenMegabyteLine: return Array("# T\n\n".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 10 << 20)
        case .unterminatedFrontMatter:
            return Array(("---\ntitle: T\n" + String(repeating: "line\n", count: 20_000)).utf8)
        case .frontMatterNotYAML: return Array("---\n{not: [yaml\n@@@\n---\n\n# T\n\nText.\n".utf8)
        case .nulInCode: return Array("```\n".utf8) + [0, 0, 0x41, 0x0A] + Array("```\n".utf8)
        case .wideTable:
            let row = String(repeating: "| a\\|*b ", count: n) + "|\n"
            return Array((row + String(repeating: "|-", count: n) + "|\n" + row).utf8)
        case .longTable:
            return Array(("| a | b |\n|---|:-:|\n" + String(repeating: "| `x | y` | [z\n", count: n)).utf8)
        case .almostTables:
            // Lines that pass the quick look for a delimiter row but never match their header.
            return Array(String(repeating: "a | b | c\n|-|-|\n", count: n / 2).utf8)
        }
    }
}
