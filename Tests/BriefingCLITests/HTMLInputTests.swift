import BriefingTestSupport
import Foundation
import Testing

@Suite("briefing export on web pages")
struct HTMLInputTests {
    private let page = "Examples/Articles/harbour-ferry-strike.html"

    private func title(_ output: CommandRunner.Output) throws -> String? {
        let object = try #require(try JSONSerialization.jsonObject(with: output.stdoutBytes) as? [String: Any])
        return object["title"] as? String
    }

    @Test func aPageIsReadByItsExtension() throws {
        let output = try CommandRunner.run(["export", page, "--no-analysis"])
        #expect(output.status == 0)
        #expect(try title(output) == "Harbour Ferry Crews Vote to Strike Over Night Rosters")
        #expect(!output.stdout.contains("We use cookies"))
    }

    @Test func aPageOnStandardInputIsReadByItsContentAndFromOverrides() throws {
        let bytes = try Data(contentsOf: SharedCorpus.repository.appendingPathComponent(page))
        let sniffed = try CommandRunner.run(["export", "-", "--no-analysis"], stdin: bytes)
        #expect(try title(sniffed) == "Harbour Ferry Crews Vote to Strike Over Night Rosters")
        let forced = try CommandRunner.run(["export", "-", "--no-analysis", "--from", "plaintext"], stdin: bytes)
        #expect(try title(forced) != "Harbour Ferry Crews Vote to Strike Over Night Rosters")
        let named = try CommandRunner.run(["export", "-", "--no-analysis", "--from", "html"], stdin: bytes)
        #expect(try title(named) == "Harbour Ferry Crews Vote to Strike Over Night Rosters")
    }
}
