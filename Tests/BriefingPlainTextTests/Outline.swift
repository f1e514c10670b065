import BriefingModel
import BriefingPlainText
import Foundation

/// A briefing compared by its outline only (`Briefing.hasSameOutline(as:)`): what a plain-text
/// round trip must keep.
struct Outline: Equatable, CustomStringConvertible {
    /// The briefing whose outline this is; only its outline takes part in `==`.
    var briefing: Briefing

    init(_ briefing: Briefing) {
        self.briefing = briefing
    }

    static func == (a: Outline, b: Outline) -> Bool { a.briefing.hasSameOutline(as: b.briefing) }

    var description: String {
        "title: \(briefing.title ?? "nil"), sections: \(briefing.sections.map { $0.heading ?? "(lede)" })"
    }
}

enum TextFixtures {
    static func read(_ url: URL) throws -> Briefing {
        try PlainTextReader().read([UInt8](try Data(contentsOf: url)))
    }

    static func texts(in folder: URL) -> [URL] {
        (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil))?
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path } ?? []
    }
}
