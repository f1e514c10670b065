import BriefingTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("briefing batch")
struct BatchCommandTests {
    /// The objects of NDJSON output; fails the test for a line that is not a JSON object.
    static func objects(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
        }
    }

    /// The ids of the objects, in order (`<null>` for a null id).
    static func ids(_ objects: [[String: Any]]) -> [String] {
        objects.map { ($0["id"] as? String) ?? "<null>" }
    }

    static func errors(_ objects: [[String: Any]]) -> [String: String] {
        var codes: [String: String] = [:]
        for object in objects {
            if let error = object["error"] as? [String: Any] {
                codes[(object["id"] as? String) ?? "<null>"] = error["code"] as? String
            }
        }
        return codes
    }

    static func records(_ records: [String]) -> Data {
        Data(records.map { $0 + "\n" }.joined().utf8)
    }

    @Test func aFolderBecomesOneLineAnArticleInInputOrder() throws {
        let output = try CommandRunner.run(["batch", "Examples/Articles", "--ordered", "--jobs", "2"])
        #expect(output.status == 0)
        let objects = try Self.objects(output.stdout)
        let expected = Examples.articles.map { "Examples/Articles/" + $0.lastPathComponent }
        #expect(Self.ids(objects) == expected)
        #expect(objects.allSatisfy { $0["formatVersion"] as? String == "1.0" && $0["entities"] != nil })
        #expect(output.stdout.hasPrefix(#"{"id":"\#(expected[0])","formatVersion":"1.0","#))
        // Not a terminal: no progress line, one summary line.
        #expect(output.stderr.hasPrefix("briefing batch: \(expected.count) documents, 0 failed, "))
        #expect(output.stderr.filter { $0 == "\n" }.count == 1)
        #expect(!output.stderr.contains("\r"))
    }

    @Test func eachLineIsTheExportWithTheIdFirst() throws {
        let batch = try CommandRunner.run(["batch", "Examples/Articles/variants.txt", "--quiet"])
        let export = try CommandRunner.run(["export", "Examples/Articles/variants.txt", "--compact"])
        #expect(batch.stderr.isEmpty)
        #expect(batch.stdout == #"{"id":"Examples/Articles/variants.txt","# + export.stdout.dropFirst())
    }

    @Test func everyBadRecordHasItsLineAndTheOthersAreWritten() throws {
        let scratch = try BatchFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let fifo = scratch.appendingPathComponent("fifo.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let records = [
            #"{"id":"good-path","path":"Examples/Articles/variants.txt"}"#,
            "this is not JSON",
            #"{"path":"Examples/Articles/variants.txt"}"#,
            #"{"id":"two","path":"Examples/Articles/variants.txt","text":"x"}"#,
            #"{"id":"none"}"#,
            #"{"id":"unknown-format","text":"Title\n\nText.","format":"pdf"}"#,
            #"{"id":"outside","path":"/etc/hostname"}"#,
            #"{"id":"vanished","path":"Examples/Articles/no-such-article.txt"}"#,
            #"{"id":"fifo","path":"\#(fifo)"}"#,
            #"{"id":"good-text","text":"Title Line\n\nA paragraph.","url":"https://example.com/t"}"#,
            #"{"id":7,"path":"x"}"#,
            "",
            #"{"id":"good-markdown-as-text","text":"Title\n\nText.","format":"plaintext"}"#,
        ]
        let output = try CommandRunner.run(
            ["batch", "--ndjson", "--confine-to", "/"], stdin: Self.records(records), in: CommandRunner.repository)
        #expect(output.status == 1)
        var objects = try Self.objects(output.stdout)
        #expect(objects.count == 12, "one line a record; the blank line is not a record")
        #expect(
            objects.filter { $0["error"] != nil }.count == 8 && Self.errors(objects)["two"] == "invalid-record"
                && Self.errors(objects)["none"] == "invalid-record"
                && Self.errors(objects)["unknown-format"] == "unknown-format"
                && Self.errors(objects)["vanished"] == "file-not-found" && Self.errors(objects)["fifo"] == "not-a-file")
        #expect(Self.ids(objects).filter { $0 == "<null>" }.count == 3)
        #expect(Set(Self.ids(objects)).isSuperset(of: ["good-path", "good-text", "good-markdown-as-text", "outside"]))
        #expect(
            objects.first { $0["id"] as? String == "good-text" }.flatMap { $0["metadata"] as? [String: Any] }?["url"]
                as? String == "https://example.com/t")
        // Confined to the repository: /etc/hostname is refused.
        let confined = try CommandRunner.run(
            ["batch", "--ndjson", "--confine-to", "."], stdin: Self.records(Array(records[6...7])))
        objects = try Self.objects(confined.stdout)
        #expect(Self.errors(objects)["outside"] == "unreadable")
        let message = (objects.first { $0["id"] as? String == "outside" }?["error"] as? [String: Any])?["message"]
        #expect((message as? String)?.hasSuffix("; refused") == true)
        #expect(confined.stderr.contains("2 documents, 2 failed"))
    }

    @Test func aHundredMegabyteLineIsReportedAndTheBatchGoesOn() throws {
        var input = Data(#"{"id":"huge","text":""#.utf8)
        input.append(Data(repeating: UInt8(ascii: "a"), count: 100 << 20))
        input.append(Data("\"}\n{\"id\":\"after\",\"text\":\"Title\\n\\nText.\"}\n".utf8))
        let output = try CommandRunner.run(["batch", "--ndjson", "--ordered"], stdin: input)
        #expect(output.status == 1)
        let objects = try Self.objects(output.stdout)
        #expect(Self.ids(objects) == ["huge", "after"])
        #expect(Self.errors(objects) == ["huge": "input-too-large"])
    }

    @Test func aDocumentOverTheTimeLimitIsReportedAndTheOthersFinish() throws {
        let scratch = try BatchFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let big = scratch.appendingPathComponent("big.txt")
        try BatchFixtures.bigArticle(megabytes: 4).write(to: big)
        let records =
            [#"{"id":"big","path":"\#(big.path)"}"#]
            + (0..<5).map {
                #"{"id":"small-\#($0)","path":"Examples/Articles/variants.txt"}"#
            }
        let start = Date()
        let output = try CommandRunner.run(
            ["batch", "--ndjson", "--timeout", "1", "--jobs", "2"], stdin: Self.records(records))
        #expect(output.status == 1)
        let objects = try Self.objects(output.stdout)
        #expect(Set(Self.ids(objects)) == Set(["big"] + (0..<5).map { "small-\($0)" }))
        #expect(objects.count == 6)
        #expect(Self.errors(objects) == ["big": "timed-out"])
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test func foldersWithASymlinkLoopAndOutputFilesInAnyFormat() throws {
        let scratch = try BatchFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let articles = scratch.appendingPathComponent("in/nested")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for example in Examples.all.prefix(3) {
            try FileManager.default.copyItem(
                at: example, to: articles.appendingPathComponent(example.lastPathComponent))
        }
        try FileManager.default.createSymbolicLink(
            atPath: articles.appendingPathComponent("loop").path, withDestinationPath: "..")
        let output = try CommandRunner.run(
            [
                "batch", "in", "in/nested/\(Examples.all[0].lastPathComponent)", "--output-dir", "out", "--format",
                "memo",
            ],
            in: scratch)
        #expect(output.status == 1)
        #expect(output.stderr.contains("in/nested/loop: error: leads back into in through a symbolic link"))
        #expect(output.stderr.contains("[not-a-file]"))
        #expect(
            output.stderr.contains(
                "in/nested/\(Examples.all[0].lastPathComponent): error: another input of this batch has the same id"))
        let written = try FileManager.default.contentsOfDirectory(atPath: scratch.appendingPathComponent("out").path)
        #expect(
            Set(written)
                == Set(Examples.all.prefix(3).map { "in%2Fnested%2F\($0.lastPathComponent).txt" }))
        #expect(output.stdout.isEmpty)
        let xml = try CommandRunner.run(["batch", "in/nested", "--output-dir", "xml", "--format", "xml"], in: scratch)
        #expect(xml.status == 1, "the loop is still reported")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: scratch.appendingPathComponent("xml").path).count == 3)
    }

    @Test(arguments: [
        (["batch"], "give files or folders to read"),
        (["batch", "x", "--ndjson"], "either files and folders or --ndjson"),
        (["batch", "-"], "give --ndjson"),
        (["batch", "x", "--jobs", "0"], "--jobs must be between 1 and 4096"),
        (["batch", "x", "--format", "xml"], "needs --output-dir"),
        (["batch", "x", "--format", "pdf", "--output-dir", "o"], "unknown format 'pdf'"),
        (["batch", "x", "--timeout=-1"], "--timeout must be"),
        (["batch", "x", "--skip", "nothing"], "unknown analyser 'nothing'"),
        (["batch", "--ndjson", "--from", "plaintext"], "--from is for files"),
    ])
    func misuseExitsWith64(arguments: [String], message: String) throws {
        let output = try CommandRunner.run(arguments)
        #expect(output.status == 64)
        #expect(output.stderr.contains(message), "\(output.stderr)")
        #expect(output.stdout.isEmpty)
    }

    @Test func theHelpExplainsInputsOutputsAndExitStatus() throws {
        let output = try CommandRunner.run(["help", "batch"])
        #expect(output.status == 0)
        for phrase in [
            "--ndjson", "--output-dir", "--jobs", "--ordered", "--timeout", "--max-input-size", "--no-analysis",
            "--skip", "--confine-to", "Exit status", "130", "141", "rdd.pipe", "parallel --pipe", "invalid-record",
        ] {
            #expect(output.stdout.contains(phrase), "\(phrase)")
        }
    }

    @Test func theReaderStoppingClosesTheBatchQuietly() throws {
        let scratch = try BatchFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("records.ndjson")
        try Self.records((0..<2_000).map { #"{"id":"r\#($0)","path":"Examples/Articles/variants.txt"}"# })
            .write(to: input)
        let runner = try BatchRunner(["batch", "--ndjson", "--jobs", "2"], stdinFile: input)
        #expect(runner.readLine()?.hasPrefix(#"{"id":"r"#) == true)
        runner.closeOutput()
        let (status, stderr) = runner.wait()
        #expect(status == 141)
        #expect(stderr.isEmpty, "\(stderr)")
    }

    @Test func anInterruptFinishesTheLinePrintsTheSummaryAndExits130() throws {
        let runner = try BatchRunner(["batch", "--ndjson", "--ordered"])
        for index in 0..<3 {
            runner.write(#"{"id":"r\#(index)","path":"Examples/Articles/variants.txt"}"# + "\n")
        }
        var lines: [String] = []
        for _ in 0..<3 { lines.append(try #require(runner.readLine())) }
        // The batch now waits for more input; the interrupt stops it there.
        runner.process.interrupt()
        let rest = runner.readRest()
        let (status, stderr) = runner.wait()
        runner.closeInput()
        #expect(status == 130)
        #expect(rest.isEmpty)
        #expect(stderr.hasPrefix("briefing batch: interrupted; 3 documents written, 0 failed"), "\(stderr)")
        #expect(lines.map { $0.prefix(10) } == [#"{"id":"r0""#, #"{"id":"r1""#, #"{"id":"r2""#])
        for line in lines {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }
    }

    @Test func anInterruptWhileWritingLeavesOnlyWholeLines() throws {
        let scratch = try BatchFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("records.ndjson")
        try Self.records((0..<3_000).map { #"{"id":"r\#($0)","path":"Examples/Articles/variants.txt"}"# })
            .write(to: input)
        let runner = try BatchRunner(["batch", "--ndjson"], stdinFile: input)
        var lines = [try #require(runner.readLine())]
        runner.process.interrupt()
        let rest = String(decoding: runner.readRest(), as: UTF8.self)
        let (status, stderr) = runner.wait()
        #expect(status == 130)
        lines += rest.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(rest.isEmpty || rest.hasSuffix("\n"))
        for line in lines {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }
        #expect(lines.count < 3_000)
        #expect(stderr.contains("interrupted; \(lines.count) documents written"), "\(stderr)")
    }

    @Test func aTerminalGetsAProgressLine() throws {
        let terminal = try PseudoTerminal()
        let process = Process()
        process.executableURL = CommandRunner.productsDirectory.appendingPathComponent("briefing")
        process.arguments = ["batch", "Examples/Articles", "--no-analysis"]
        process.currentDirectoryURL = CommandRunner.repository
        process.standardOutput = FileHandle.nullDevice
        process.standardError = terminal.secondary
        try process.run()
        terminal.closeSecondary()
        let text = terminal.readAll()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        // The total is counted beside the work, so under load the first line may come before it.
        let total = Examples.articles.count
        #expect(
            text.contains("\r\u{1B}[Kbriefing batch: 1/\(total) documents, ")
                || text.contains("\r\u{1B}[Kbriefing batch: 1 documents, "),
            "\(text.debugDescription)")
        #expect(text.contains("/s, 0 failed"))
        #expect(text.contains("briefing batch: \(total) documents, 0 failed, "))
    }
}
