/// Hostile inputs for the linear-growth benchmarks, each at a size and at twice that size (the
/// names end in `-1x` and `-2x`); CI checks that allocations at `2x` stay near twice those at `1x`.
enum HostileInputs {
    struct Input {
        let name: String
        let bytes: [UInt8]
    }

    static let title = Array("A Title for a Hostile Article\n\n".utf8)

    static var all: [Input] {
        [1, 2].flatMap { scale in
            [
                Input(name: "long-line-\(scale)x", bytes: longLine(megabytes: scale)),
                Input(name: "long-word-\(scale)x", bytes: title + [UInt8](repeating: 0x78, count: scale << 20)),
                Input(name: "bullets-\(scale)x", bytes: bullets(scale * 10_000)),
                Input(name: "headings-\(scale)x", bytes: headings(scale * 10_000)),
                Input(name: "indentation-\(scale)x", bytes: indentation(scale * 500)),
                Input(name: "quote-markers-\(scale)x", bytes: quoteMarkers(scale * 5_000)),
                Input(name: "binary-\(scale)x", bytes: binary(scale << 19)),
            ]
        }
    }

    static func longLine(megabytes: Int) -> [UInt8] {
        title + Array(repeating: Array("word ".utf8), count: (megabytes << 20) / 5).flatMap { $0 }
    }

    static func bullets(_ count: Int) -> [UInt8] {
        var bytes = title
        for index in 0..<count { bytes += Array("• Item \(index): text of the item\n".utf8) }
        return bytes
    }

    static func headings(_ count: Int) -> [UInt8] {
        var bytes = title
        for index in 0..<count { bytes += Array("Heading Number \(index)\n\nBody of section \(index).\n\n".utf8) }
        return bytes
    }

    /// One list item per level, each indented one space more than the last (nesting is capped).
    static func indentation(_ levels: Int) -> [UInt8] {
        var bytes = title
        for level in 0..<levels { bytes += Array((String(repeating: " ", count: level) + "- item \(level)\n").utf8) }
        return bytes
    }

    static func quoteMarkers(_ depth: Int) -> [UInt8] {
        title + Array((String(repeating: "> ", count: depth) + "deep\n> shallow\n").utf8)
    }

    /// A fixed pseudo-random sequence (a 64-bit LCG).
    static func binary(_ count: Int) -> [UInt8] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }
}
