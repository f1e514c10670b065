import BriefingHTML
import BriefingModel
import BriefingPlainText
import BriefingTestSupport
import Foundation
import Testing

@Suite("The HTML reader among the others")
struct ReaderTests {
    private func recognises(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { $0.withSpan { HTMLReader().recognises($0) } }
    }

    @Test func pagesAreRecognisedByTheirStart() {
        #expect(recognises("<!DOCTYPE html><html>"))
        #expect(recognises("\u{FEFF}  \n<html lang=\"en\">"))
        #expect(recognises("<!-- saved page --><!doctype HTML>"))
        #expect(recognises("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"))
        #expect(!recognises("Harbour Budget Approved\n\nThe council <b>approved</b> it."))
        #expect(!recognises("<?xml version=\"1.0\"?><briefing/>"))
        #expect(!recognises(""))
    }

    @Test func theRegistryChoosesByExtensionThenByContent() {
        let registry = ReaderRegistry([PlainTextReader(), HTMLReader()])
        let page = Array("<!doctype html><p>x</p>".utf8)
        let text = Array("Just text".utf8)
        page.withUnsafeBytes { bytes in
            bytes.withSpan { span in
                #expect(registry.reader(forPath: "page.HTM", content: span)?.formatName == "html")
                #expect(registry.reader(forPath: "page.xhtml", content: span)?.formatName == "html")
                #expect(registry.reader(forPath: "download", content: span)?.formatName == "html")
                #expect(registry.reader(forPath: nil, content: span)?.formatName == "html")
                #expect(registry.reader(forPath: "notes.txt", content: span)?.formatName == "plaintext")
            }
        }
        text.withUnsafeBytes { bytes in
            bytes.withSpan { span in
                #expect(registry.reader(forPath: nil, content: span)?.formatName == "plaintext")
            }
        }
    }

    @Test func manyTasksReadPagesAtOnce() async throws {
        let bytes = try Examples.bytes(HTMLFixtures.examplePage)
        let expected = try HTMLReader().read(bytes)
        try await withThrowingTaskGroup(of: Briefing.self) { group in
            for _ in 0..<16 { group.addTask { try HTMLReader().read(bytes) } }
            for try await briefing in group { #expect(briefing == expected) }
        }
    }

    @Test(.requiresSharedCorpus) func everyDevelopmentPageGivesAnArticle() throws {
        let folder = SharedCorpus.url("html/html")
        let pages = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasSuffix(".html.gz") }
        #expect(pages.count == 96)
        // The pages are gzip-compressed: gunzip each with the system tool into memory.
        var empty: [String] = []
        for page in pages {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["gzip", "-dc", page.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let briefing = try HTMLReader().read([UInt8](data))
            if HTMLFixtures.allText(briefing).count < 200 { empty.append(page.lastPathComponent) }
        }
        #expect(empty.isEmpty, "pages without an article: \(empty)")
    }
}
