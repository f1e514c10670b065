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

    func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError) {
        briefing.analysis.statistics = Statistics(words: briefing.title?.split(separator: " ").count ?? 0, sentences: 0)
    }
}

private struct Failing: BriefingAnalyser {
    func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError) {
        throw BriefingError(.invalidInput, "no")
    }
}

/// Reads the whole input as the title; recognises input that starts with `marker`.
private struct TitleReader: BriefingReader {
    var name: String
    var extensions: [String]
    var marker: UInt8?
    var formatName: String { name }
    var fileExtensions: [String] { extensions }

    func read(_ bytes: RawSpan) throws(BriefingError) -> Briefing {
        bytes.withUnsafeBytes { Briefing(title: String(decoding: $0, as: UTF8.self)) }
    }

    func recognises(_ prefix: RawSpan) -> Bool {
        prefix.byteCount > 0 && prefix.unsafeLoad(fromByteOffset: 0, as: UInt8.self) == marker
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
        #expect(
            BriefingError(.invalidInput, "bad", location: .init(line: 3, column: 7)).description == "3:7: error: bad")
        #expect(BriefingError(.invalidInput, "bad").description == "error: bad")
        #expect(BriefingError.Code.inputTooLarge.description == "input-too-large")
    }

    @Test func errorCodesAreOpen() {
        let mine = BriefingError.Code("my-reader-failed")
        #expect(mine.rawValue == "my-reader-failed")
        #expect(mine != .invalidInput)
        let literal: BriefingError.Code = "my-reader-failed"
        #expect(literal == mine)
    }

    @Test func aRegistryResolvesAliases() throws {
        var registry = ExporterRegistry([UpperCaseExporter(name: "memo")])
        registry.addAlias("text", for: "memo")
        #expect(registry.exporter(named: "text")?.format.name == "memo")
        #expect(registry.canonicalName("text") == "memo")
        #expect(registry.names == ["memo"])
        #expect(try registry.export(Briefing(title: "hi"), as: "text").text == "HI")
    }

    @Test func aReaderRegistryPicksByExtensionThenContentThenFallback() throws {
        let readers = ReaderRegistry([
            TitleReader(name: "plain", extensions: ["txt"], marker: nil),
            TitleReader(name: "angle", extensions: ["ang"], marker: UInt8(ascii: "<")),
        ])
        func pick(_ path: String?, _ content: String) -> String? {
            Array(content.utf8).withUnsafeBytes { buffer in
                buffer.withSpan { readers.reader(forPath: path, content: $0)?.formatName }
            }
        }
        #expect(pick("a.ANG", "x") == "angle")
        #expect(pick("a.txt", "<x") == "plain")
        #expect(pick(nil, "<x") == "angle")
        #expect(pick("dir.ang/file", "x") == "plain")
        #expect(pick(nil, "x") == "plain")
        #expect(readers.reader(named: "angle") != nil)
        #expect(readers.reader(forFileExtension: ".txt")?.formatName == "plain")
    }

    @Test func readersBorrowArraysAndStrings() throws {
        let reader = TitleReader(name: "plain", extensions: [], marker: nil)
        #expect(try reader.read("Héllo").title == "Héllo")
        #expect(try reader.read(Array("Héllo".utf8)).title == "Héllo")
        #expect(try reader.read([UInt8]()).title == "")
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
