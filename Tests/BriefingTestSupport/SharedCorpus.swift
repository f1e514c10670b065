public import Foundation
public import Testing

/// The third-party development corpus in `../shared/corpus` beside the repository (the seed
/// article, the plain-text, HTML and entity corpora), for the tests that read it.
///
/// A clone of the repository on its own has no `../shared`: tests that need it carry the
/// ``Testing/Trait/requiresSharedCorpus`` trait and are skipped with a stated reason, and the
/// project's own example articles (``Examples``) cover the same behaviours. Setting
/// `BRIEFING_HIDE_SHARED_CORPUS=1` hides the corpus even when it is there, so that CI can prove
/// that the suite passes without it.
public enum SharedCorpus {
    /// The repository's root folder.
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The environment variable that hides the corpus.
    public static let hidingVariable = "BRIEFING_HIDE_SHARED_CORPUS"

    /// The `shared/corpus` folder beside the repository, or `nil` when it is missing or hidden.
    public static let directory: URL? = {
        if let hide = ProcessInfo.processInfo.environment[hidingVariable], !hide.isEmpty, hide != "0" { return nil }
        let folder = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { return nil }
        return folder
    }()

    /// Whether the corpus is there to be read.
    public static var isAvailable: Bool { directory != nil }

    /// Why a test that needs the corpus was skipped.
    public static let skipReason: Comment =
        "needs the development corpus in ../shared/corpus beside the repository (CI has it; a clone on its own does not)"

    /// A file or folder inside the corpus (`seed/…`, `plaintext`, `html`, `entities`).
    ///
    /// Call it only from a test with ``Testing/Trait/requiresSharedCorpus``: without the corpus
    /// the URL points at nothing.
    public static func url(_ relativePath: String) -> URL {
        (directory ?? repository.deletingLastPathComponent().appendingPathComponent("shared/corpus"))
            .appendingPathComponent(relativePath)
    }

    /// The seed article: the piece the SDK was designed around.
    public static var seed: URL { url("seed/000_a7d48a46cd2eca7c.txt") }

    /// The 37 plain-text development articles in three styles (and Markdown).
    public static var plaintext: URL { url("plaintext") }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only when ``SharedCorpus`` is available; otherwise it is skipped, saying why.
    public static var requiresSharedCorpus: Self {
        .enabled(if: SharedCorpus.isAvailable, SharedCorpus.skipReason)
    }
}
