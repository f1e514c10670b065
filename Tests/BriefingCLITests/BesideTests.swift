import Foundation
import Testing

/// `--beside` and `--confine-to`: what the SwiftPM plugin relies on to stay inside the package.
@Suite("briefing export --beside --confine-to")
struct BesideTests {
    /// A scratch package folder holding a copy of an example article, removed afterwards.
    final class Scratch {
        let root: URL
        let articles: URL

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-beside-\(UUID().uuidString)")
            articles = root.appendingPathComponent("Articles")
            try FileManager.default.createDirectory(
                at: articles.appendingPathComponent("nested"), withIntermediateDirectories: true)
            let example = CommandRunner.examples.appendingPathComponent("variants.txt")
            try FileManager.default.copyItem(at: example, to: articles.appendingPathComponent("one.txt"))
            try FileManager.default.copyItem(at: example, to: articles.appendingPathComponent("nested/two.txt"))
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func run(_ arguments: [String]) throws -> CommandRunner.Output {
            try CommandRunner.run(arguments, in: root)
        }

        func exists(_ path: String) -> Bool {
            FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
        }
    }

    @Test func foldersAreExportedBesideEachArticle() throws {
        let scratch = try Scratch()
        let output = try scratch.run(["export", "Articles", "--format", "xml", "--beside", "--confine-to", "."])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(scratch.exists("Articles/one.xml.xml"))
        #expect(scratch.exists("Articles/nested/two.xml.xml"))
        // Running again does not export the exports.
        let again = try scratch.run(["export", "Articles", "--format", "memo", "--beside", "--confine-to", "."])
        #expect(again.status == 0)
        #expect(scratch.exists("Articles/one.memo.txt"))
        let third = try scratch.run(["export", "Articles", "--format", "plaintext", "--beside"])
        #expect(third.status == 0)
        #expect(!scratch.exists("Articles/one.memo.plaintext.txt"))
        #expect(scratch.exists("Articles/one.plaintext.txt"))
    }

    @Test(arguments: ["../outside.txt", "/etc/hostname", "Articles/../../x.txt"])
    func inputsOutsideTheRootAreRefused(path: String) throws {
        let scratch = try Scratch()
        let output = try scratch.run(["export", path, "--format", "xml", "--beside", "--confine-to", "."])
        #expect(output.status == 1)
        #expect(output.stderr.contains("error:"))
        #expect(!output.stderr.contains("warning"))
    }

    @Test func aLinkLeadingOutsideIsNotFollowed() throws {
        let scratch = try Scratch()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
            "briefing-victim-\(UUID().uuidString)")
        try Data("keep".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(
            atPath: scratch.articles.appendingPathComponent("one.xml.xml").path, withDestinationPath: outside.path)
        let output = try scratch.run(["export", "Articles/one.txt", "--format", "xml", "--beside", "--confine-to", "."])
        #expect(output.status == 1)
        #expect(try String(contentsOf: outside, encoding: .utf8) == "keep")
        // A linked folder that leads outside is not searched.
        try FileManager.default.createSymbolicLink(
            atPath: scratch.articles.appendingPathComponent("elsewhere").path, withDestinationPath: "/etc")
        let walk = try scratch.run(["export", "Articles/nested", "Articles/elsewhere", "--beside", "--confine-to", "."])
        #expect(walk.status == 1)
        #expect(walk.stderr.contains("Articles/elsewhere: error: is outside"))
    }

    @Test func theOutputNeverReplacesTheInput() throws {
        let scratch = try Scratch()
        let output = try scratch.run([
            "export", "Articles/one.txt", "--format", "plaintext", "--output", "Articles/one.txt",
        ])
        #expect(output.status == 1)
        #expect(output.stderr.contains("refusing to overwrite"))
        #expect(try Data(contentsOf: scratch.articles.appendingPathComponent("one.txt")).count > 1000)
    }

    @Test func anOutputOutsideTheRootIsRefused() throws {
        let scratch = try Scratch()
        let output = try scratch.run(["export", "Articles/one.txt", "--output", "../escaped.json", "--confine-to", "."])
        #expect(output.status == 1)
        #expect(output.stderr.contains("is outside"))
    }

    @Test func severalInputsNeedBeside() throws {
        let scratch = try Scratch()
        #expect(try scratch.run(["export", "Articles/one.txt", "Articles/nested/two.txt"]).status == 64)
        #expect(try scratch.run(["export", "-", "--beside"]).status == 64)
    }
}
