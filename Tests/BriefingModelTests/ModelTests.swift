import BriefingModel
import Testing

private struct UpperCaseExporter: BriefingExporter {
    var name = "upper"
    var format: ExportFormat {
        ExportFormat(name: name, fileExtension: "txt", mediaType: "text/plain", summary: "Titles in capitals")
    }

    func export(_ briefing: Briefing) throws(BriefingError) -> ExportResult {
        ExportResult(bytes: Array((briefing.title ?? "").uppercased().utf8))
    }
}

private struct TitleCounter: BriefingAnalyser {
    var name: String { "counter" }

    func analyse(_ briefing: inout Briefing) throws(BriefingError) {
        briefing.analysis.statistics = Statistics(words: briefing.title?.split(separator: " ").count ?? 0, sentences: 0)
    }
}

private struct Failing: BriefingAnalyser {
    func analyse(_ briefing: inout Briefing) throws(BriefingError) {
        throw BriefingError(.invalidInput, "no")
    }
}

@Suite("Registry, pipeline and errors")
struct ModelTests {
    @Test func aRegistryFindsExportersByNameInRegistrationOrder() throws {
        var registry = ExporterRegistry([UpperCaseExporter(name: "b"), UpperCaseExporter(name: "a")])
        registry.register(UpperCaseExporter(name: "b"))
        #expect(registry.names == ["b", "a"])
        #expect(registry.formats.map(\.summary) == ["Titles in capitals", "Titles in capitals"])
        #expect(try registry.export(Briefing(title: "hi"), as: "a").text == "HI")
        #expect(registry.exporter(named: "c") == nil)
    }

    @Test func anUnknownFormatNamesTheKnownOnes() {
        let registry = ExporterRegistry([UpperCaseExporter()])
        do {
            _ = try registry.export(Briefing(), as: "pdf")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .unknownFormat)
            #expect(error.message.contains("known formats: upper"))
        }
    }

    @Test func aPipelineRunsItsAnalysersInOrderAndCanDropOne() throws {
        var pipeline = AnalysisPipeline([TitleCounter(), Failing()])
        #expect(pipeline.names == ["counter", "Failing"])
        #expect(throws: BriefingError.self) { try pipeline.analysed(Briefing(title: "a b c")) }
        pipeline.remove(named: "Failing")
        let result = try pipeline.analysed(Briefing(title: "a b c"))
        #expect(result.analysis.statistics?.words == 3)
    }

    @Test func errorsDescribeThemselvesLikeACompiler() {
        #expect(BriefingError(.fileNotFound, "no such file", path: "a.txt").description == "a.txt: error: no such file")
        #expect(
            BriefingError(.invalidInput, "bad", path: "a.txt", location: .init(line: 3, column: 7)).description
                == "a.txt:3:7: error: bad")
        #expect(BriefingError(.invalidInput, "bad").description == "error: bad")
        #expect(BriefingError(.invalidInput, "bad").at(path: "<stdin>").path == "<stdin>")
        #expect(BriefingError.Code.inputTooLarge.description == "input-too-large")
    }

    @Test func estimateBandsFollowICD203() {
        #expect(EstimateBand.veryLikely.probability == 0.80...0.95)
        #expect(EstimateBand.unlikely.probability == 0.20...0.45)
        #expect(EstimateBand.allCases == EstimateBand.allCases.sorted())
        #expect(Estimate(text: "x", phrase: "may", band: nil).probability == nil)
    }

    @Test func readingTimeRoundsUp() {
        #expect(Statistics(words: 230, sentences: 10).readingTimeSeconds == 60)
        #expect(Statistics(words: 1, sentences: 1).readingTimeSeconds == 1)
        #expect(Statistics(words: 0, sentences: 0).readingTimeSeconds == 0)
    }

    @Test func diagnosticsDescribeThemselves() {
        let diagnostic = Diagnostic(code: .invalidUTF8, message: "bad byte", location: .init(line: 2, column: 4))
        #expect(diagnostic.description == "2:4: warning: bad byte [invalid-utf8]")
        #expect(Diagnostic(severity: .note, code: "x", message: "m").description == "note: m [x]")
    }
}
