import BriefingModel
import BriefingPlainText
import BriefingTestSupport
import Foundation

/// Reading the project's own example articles and small texts written in the tests.
enum Fixtures {
    static func example(_ name: String) throws -> Briefing {
        try PlainTextReader().read(try Examples.bytes(Examples.folder.appendingPathComponent(name)))
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
