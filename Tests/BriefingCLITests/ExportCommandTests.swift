import BriefingTestSupport
import Foundation
import Testing

@Suite("briefing export")
struct ExportCommandTests {
    @Test(.requiresSharedCorpus) func exportsTheSeedAsJSON() throws {
        let output = try CommandRunner.run(["export", SharedCorpus.seed.path, "--format", "json"])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: output.stdoutBytes) as? [String: Any])
        #expect(object["title"] as? String == "Zelenskyy: Putin Meeting Discussions Start, Hope for Ukraine Peace")
        #expect((object["sections"] as? [Any])?.count == 12)
    }

    @Test func exportsTheSeedShapedExampleAsJSON() throws {
        let output = try CommandRunner.run(["export", Examples.seedShaped.path, "--format", "json"])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: output.stdoutBytes) as? [String: Any])
        #expect(
            object["title"] as? String == "Varela: Talks on a Summit With Ortiz Begin, Hope for a Glacier Border Deal")
        #expect((object["sections"] as? [Any])?.count == 12)
    }

    @Test func theOldMemoNameStillWorksWithAWarning() throws {
        let old = try CommandRunner.run(["export", "Examples/Articles/variants.txt", "--format", "text"])
        let new = try CommandRunner.run(["export", "Examples/Articles/variants.txt", "--format", "memo"])
        #expect(old.status == 0)
        #expect(old.stdout == new.stdout)
        #expect(old.stderr.contains("warning: the format name 'text' is deprecated"))
        #expect(new.stderr.isEmpty)
    }

    @Test func theInputFormatCanBeNamed() throws {
        let named = try CommandRunner.run(
            ["export", "-", "--from", "plaintext"], stdin: Data("Title Line\n\nText.\n".utf8))
        #expect(named.status == 0)
        #expect(named.stdout.contains("\"title\": \"Title Line\""))
        let unknown = try CommandRunner.run(["export", "-", "--from", "pdf"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown input format 'pdf'"))
    }

    @Test func jsonIsTheDefaultFormatAndCompactHasNoNewlines() throws {
        let output = try CommandRunner.run(["export", "Examples/Articles/variants.txt", "--compact"])
        #expect(output.status == 0)
        #expect(output.stdout.filter { $0 == "\n" }.count == 1)
        #expect(output.stdout.hasSuffix("}\n"))
        #expect(output.stdout.hasPrefix("{\"formatVersion\":"))
    }

    @Test func readsStandardInputWithADash() throws {
        let output = try CommandRunner.run(["export", "-"], stdin: Data("Title Line\n\nA\u{1}B paragraph.\n".utf8))
        #expect(output.status == 0)
        #expect(output.stdout.contains("\"title\": \"Title Line\""))
        #expect(output.stderr.hasPrefix("<stdin>:3:2: warning: "))
    }

    @Test func writesToAnOutputFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: path) }
        let output = try CommandRunner.run(["export", "Examples/Articles/variants.txt", "--output", path.path])
        #expect(output.status == 0)
        #expect(output.stdout.isEmpty)
        let written = try Data(contentsOf: path)
        #expect(try JSONSerialization.jsonObject(with: written) is [String: Any])
    }

    @Test func aMissingFileIsAnInputError() throws {
        let output = try CommandRunner.run(["export", "no/such/file.txt"])
        #expect(output.status == 1)
        #expect(output.stderr == "no/such/file.txt: error: no such file\n")
        #expect(output.stdout.isEmpty)
    }

    @Test func aDirectoryIsAnInputError() throws {
        let output = try CommandRunner.run(["export", "Examples"])
        #expect(output.status == 1)
        #expect(output.stderr == "Examples: error: is a directory, not a file\n")
    }

    @Test func anInputOverTheLimitSaysHowToRaiseIt() throws {
        let output = try CommandRunner.run(["export", "Examples/Articles/variants.txt", "--max-input-size", "1K"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("over the limit of 1024 bytes (1K)"))
        #expect(output.stderr.contains("--max-input-size"))
        let piped = try CommandRunner.run(
            ["export", "-", "--max-input-size", "10"], stdin: Data(repeating: 0x41, count: 100))
        #expect(piped.status == 1)
        #expect(piped.stderr.hasPrefix("<stdin>: error: input is more than"))
    }

    @Test func invalidUTF8IsAWarningWithAPosition() throws {
        let output = try CommandRunner.run(["export", "-"], stdin: Data([0x54, 0x0A, 0x0A, 0x41, 0xFF, 0x42, 0x0A]))
        #expect(output.status == 0)
        #expect(
            output.stderr.hasPrefix("<stdin>:3:2: warning: invalid UTF-8 at byte offset 4 (FF) replaced with U+FFFD"))
    }

    @Test func anEmptyInputIsABriefingWithAWarning() throws {
        let output = try CommandRunner.run(["export", "-"], stdin: Data())
        #expect(output.status == 0)
        #expect(output.stderr.contains("<stdin>: warning: the input holds no text"))
        #expect(output.stdout.contains("\"title\": null"))
    }

    @Test(arguments: [
        ["export"], ["export", "a.txt", "--format", "pdf"], ["export", "a.txt", "--bogus"], ["frobnicate"],
        ["export", "a.txt", "--max-input-size", "lots"],
    ])
    func misuseExitsWith64(arguments: [String]) throws {
        let output = try CommandRunner.run(arguments)
        #expect(output.status == 64)
        #expect(output.stderr.contains("Error:") || output.stderr.contains("error:"))
    }

    @Test func anUnknownFormatListsTheKnownOnes() throws {
        let output = try CommandRunner.run(["export", "a.txt", "--format", "pdf"])
        #expect(output.stderr.contains("unknown format 'pdf'; choose one of: json, xml, memo, plaintext"))
    }

    @Test(arguments: [
        ("xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), ("memo", "LISBON COUNCIL"),
        ("plaintext", "Lisbon Council"),
    ])
    func everyFormatIsAvailable(format: String, start: String) throws {
        let output = try CommandRunner.run(["export", "Examples/Articles/variants.txt", "--format", format])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix(start))
        #expect(output.stdout.hasSuffix("\n"))
    }

    @Test func theMemoWrapsAtTheGivenWidth() throws {
        let output = try CommandRunner.run([
            "export", "Examples/Articles/variants.txt", "--format", "memo", "--width", "50",
        ])
        #expect(output.stdout.split(separator: "\n").allSatisfy { $0.count <= 50 || !$0.contains(" ") })
        #expect(try CommandRunner.run(["export", "a.txt", "--width", "5"]).status == 64)
    }

    @Test func charactersXMLCannotCarryAreWarnings() throws {
        let output = try CommandRunner.run(["export", "-", "--format", "xml"], stdin: Data("Title\n\nA\u{0}B.\n".utf8))
        #expect(output.status == 0)
        #expect(
            output.stderr.contains(
                "<stdin>:3:1: warning: 1 character(s) that XML 1.0 cannot carry (the first U+0000) replaced with U+FFFD"
            ))
        #expect(output.stdout.contains("A\u{FFFD}B."))
    }
}

@Suite("briefing help and version")
struct HelpTests {
    @Test func helpExplainsAndGivesExamples() throws {
        let output = try CommandRunner.run(["export", "--help"])
        #expect(output.status == 0)
        for text in ["--format", "--output", "--compact", "--max-input-size", "Examples:", "<stdin>", "warning"] {
            #expect(output.stdout.contains(text), "help lacks \(text)")
        }
        let root = try CommandRunner.run(["--help"])
        #expect(root.stdout.contains("export"))
        #expect(root.stdout.contains("formats"))
        #expect(root.stdout.contains("Exit status"))
    }

    @Test func versionIsPrinted() throws {
        let output = try CommandRunner.run(["--version"])
        #expect(output.status == 0)
        #expect(output.stdout.split(separator: ".").count == 3)
    }

    @Test func formatsAreListedWithADescription() throws {
        let output = try CommandRunner.run(["formats"])
        #expect(output.status == 0)
        let names = output.stdout.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(names == ["json", "xml", "memo", "plaintext", "markdown"])
        #expect(output.stdout.contains(".json"))
    }
}

@Suite("briefing export analysis options")
struct AnalysisOptionTests {
    func object(_ output: CommandRunner.Output) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: output.stdoutBytes) as? [String: Any])
    }

    @Test func analysisIsOnByDefault() throws {
        let json = try object(try CommandRunner.run(["export", Examples.seedShaped.path]))
        for key in ["entities", "quotes", "keyphrases", "summary", "estimates", "statistics"] {
            #expect(json[key] != nil, "missing \(key)")
        }
    }

    @Test func noAnalysisLeavesOnlyTheOutline() throws {
        let json = try object(try CommandRunner.run(["export", Examples.seedShaped.path, "--no-analysis"]))
        for key in ["entities", "quotes", "keyphrases", "summary", "estimates", "statistics"] {
            #expect(json[key] == nil, "unexpected \(key)")
        }
        #expect(json["sections"] != nil)
    }

    @Test func oneAnalyserCanBeSkipped() throws {
        let json = try object(
            try CommandRunner.run(["export", Examples.seedShaped.path, "--skip", "summary", "--skip", "keyphrases"]))
        #expect(json["summary"] == nil)
        #expect(json["keyphrases"] == nil)
        #expect(json["entities"] != nil)
        #expect(try CommandRunner.run(["export", "a.txt", "--skip", "sentiment"]).status == 64)
    }
}
