import BriefingModel
import BriefingPlainTextReader
import Foundation

/// Paths to the articles tests read: the project's own examples and the shared corpus beside the repository.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let examples = repository.appendingPathComponent("Examples/Articles")
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
    static let seed = shared.appendingPathComponent("corpus/seed/000_a7d48a46cd2eca7c.txt")
    static let plaintextCorpus = shared.appendingPathComponent("corpus/plaintext")

    static func bytes(_ url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }

    static func example(_ name: String) throws -> Briefing {
        try PlainTextReader().read(try bytes(examples.appendingPathComponent(name)))
    }

    static func read(_ text: String) throws -> Briefing {
        try PlainTextReader().read(text)
    }
}

extension Briefing {
    /// Every paragraph's text, in document order.
    var paragraphTexts: [String] {
        allBlocks.compactMap {
            if case .paragraph(let paragraph) = $0 { return paragraph.text }
            return nil
        }
    }

    /// Every top-level list, in document order.
    var lists: [ListBlock] {
        allBlocks.compactMap {
            if case .list(let list) = $0 { return list }
            return nil
        }
    }

    /// Every quote block, in document order.
    var quoteBlocks: [Quote] {
        allBlocks.compactMap {
            if case .quote(let quote) = $0 { return quote }
            return nil
        }
    }

    func hasDiagnostic(_ code: Diagnostic.Code) -> Bool {
        diagnostics.contains { $0.code == code }
    }
}
