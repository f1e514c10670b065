import BriefingModel
import BriefingPlainText
import BriefingTestSupport
import Foundation
import Testing

@testable import BriefingBatch

#if canImport(Glibc)
import Glibc
#endif

@Suite("Article files")
struct ArticleFilesTests {
    /// A folder of articles: `a.txt`, `b/c.txt`, `b/d/e.TXT`, `b/skip.json`, `.hidden/x.txt`, `f.json.json`.
    static func tree() throws -> URL {
        let root = try BatchFixtures.scratchFolder()
        let manager = FileManager.default
        for path in ["b/d", ".hidden"] {
            try manager.createDirectory(at: root.appendingPathComponent(path), withIntermediateDirectories: true)
        }
        for path in ["a.txt", "b/c.txt", "b/d/e.TXT", "b/skip.json", ".hidden/x.txt", "f.json.json"] {
            try Data("Title of \(path)\n\nText.\n".utf8).write(to: root.appendingPathComponent(path))
        }
        return root
    }

    static let readers = ReaderRegistry([PlainTextReader()])

    @Test func foldersAreSearchedRecursivelyInNameOrder() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = try ArticleFiles([root.path, root.appendingPathComponent("a.txt").path], readers: Self.readers)
        let ids = files.map { $0.id!.replacingOccurrences(of: root.path, with: "") }
        #expect(ids == ["/a.txt", "/b/c.txt", "/b/d/e.TXT", "/a.txt"])
        #expect(files.allSatisfy { $0.path == $0.id })
    }

    @Test func exportsBesideTheirInputsCanBeLeftOut() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("x".utf8).write(to: root.appendingPathComponent("g.plaintext.txt"))
        let all = try ArticleFiles([root.path], readers: Self.readers).map { $0.id! }
        #expect(all.contains { $0.hasSuffix("g.plaintext.txt") })
        let skipped = try ArticleFiles([root.path], readers: Self.readers, skippingSuffixes: [".plaintext.txt"])
        #expect(!skipped.contains { $0.id!.hasSuffix("g.plaintext.txt") })
    }

    @Test func aSymbolicLinkLoopIsReportedOnceAndNotFollowed() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("b/d/loop").path, withDestinationPath: "../..")
        let documents = Array(try ArticleFiles([root.path], readers: Self.readers))
        #expect(documents.count == 4)
        let loop = try #require(documents.first { $0.id!.hasSuffix("b/d/loop") })
        guard case .failure(let error) = loop.content else {
            Issue.record("the loop is a failed document")
            return
        }
        #expect(error.code == .notAFile)
        #expect(error.message.contains("loop"))
    }

    @Test func pathsOutsideTheConfiningFolderAreFailedDocuments() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("b/etc").path, withDestinationPath: "/etc")
        let outside = try BatchFixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        try Data("x".utf8).write(to: outside.appendingPathComponent("o.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("link.txt").path,
            withDestinationPath: outside.appendingPathComponent("o.txt").path)
        let documents = Array(
            try ArticleFiles([root.path, "/etc/hostname"], readers: Self.readers, confinedTo: root.path))
        let failed = documents.compactMap { document -> String? in
            guard case .failure(let error) = document.content else { return nil }
            #expect(error.code == .unreadable)
            return document.id!.replacingOccurrences(of: root.path, with: "")
        }
        #expect(failed == ["/b/etc", "/link.txt", "/etc/hostname"])
        #expect(documents.count == 6)
    }

    @Test func aFileThatChangesWhileItIsReadIsRefused() throws {
        let root = try BatchFixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("growing.txt")
        try Data("Title\n\nText.\n".utf8).write(to: file)
        #expect(throws: FileError.self) {
            _ = try InputFile.read(file.path, limit: 1 << 20) {
                let handle = try! FileHandle(forWritingTo: file)
                handle.seekToEndOfFile()
                handle.write(Data("More text.\n".utf8))
                try! handle.close()
            }
        }
        do {
            _ = try InputFile.read(file.path, limit: 1 << 20) {
                try! Data("Other\n".utf8).write(to: file)
            }
            Issue.record("a rewritten file is refused")
        } catch {
            #expect(error.error.code == .unreadable)
            #expect(error.error.message.contains("changed while it was read"))
        }
        #expect(try InputFile.read(file.path, limit: 1 << 20) == Array("Other\n".utf8))
    }

    @Test func aFIFOIsNotReadAsAFile() throws {
        let root = try BatchFixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let fifo = root.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        // Opening a FIFO without a writer would block: the batch refuses it at once.
        let result = try BatchProcessor(BatchConfiguration(processor: BatchFixtures.processor()))
            .process(BatchDocument(id: "fifo", path: fifo))
        #expect(result.error?.code == .notAFile)
    }

    @Test func aFileThatVanishedIsNotFound() throws {
        let result = try BatchProcessor(BatchConfiguration(processor: BatchFixtures.processor()))
            .process(BatchDocument(id: "gone", path: "/tmp/briefing-no-such-\(UUID().uuidString).txt"))
        #expect(result.error?.code == .fileNotFound)
    }
}
