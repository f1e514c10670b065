import BriefingAnalysis
import BriefingBatch
import BriefingJSON
import BriefingModel
import BriefingPlainText
import BriefingTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("NDJSON records and lines")
struct NDJSONTests {
    static func document(_ line: String, number: Int = 1) -> BatchDocument {
        Array(line.utf8).withUnsafeBytes { BatchDocument(ndjsonLine: $0, lineNumber: number) }
    }

    static func failure(_ line: String) -> BriefingError? {
        if case .failure(let error) = document(line).content { return error }
        return nil
    }

    @Test func aRecordNamesItsIdAndOneInput() {
        let file = Self.document(
            #"{"id": "a-17", "path": "wire/a.txt", "format": "plaintext", "extra": [1, {"x": null}]}"#)
        #expect(file.id == "a-17")
        #expect(file.path == "wire/a.txt")
        #expect(file.format == "plaintext")
        let text = Self.document(
            #"{"id":"b","text":"Title\n\n\"Quoted\" \u00e9 \ud83d\ude00 \/","url":"https://e.com/b"}"#)
        guard case .bytes(let bytes) = text.content else {
            Issue.record("text is given in the record")
            return
        }
        #expect(String(decoding: bytes, as: UTF8.self) == "Title\n\n\"Quoted\" é 😀 /")
        #expect(text.format == "plaintext")
        #expect(text.url == "https://e.com/b")
        #expect(Self.document(#"{"id":"c","html":"<p>x</p>"}"#).format == "html")
        #expect(Self.document(##"{"id":"d","markdown":"# x","format":null,"url":null}"##).format == "markdown")
        #expect(Self.document(#"{"id":"e","text":"x","format":"markdown"}"#).format == "markdown")
        #expect(Self.document("{\"id\":\"f\",\"path\":\"x\"}\r").path == "x")
    }

    @Test(arguments: [
        ("not json", "a record is a JSON object"),
        (#"["id"]"#, "a record is a JSON object"),
        (#"{"id":"a","path":"x"} {}"#, "something follows the record"),
        (#"{"id":"a","path":"x""#, "the object is not closed"),
        (#"{"id":"a","path":"x",}"#, "expected a member name"),
        (#"{"id":"a","path":"x\q"}"#, "is not an escape"),
        (#"{"id":"a","path":"x\u12"}"#, "four hexadecimal digits"),
        ("{\"id\":\"a\",\"path\":\"x\ty\"}", "must be escaped"),
        (#"{"id":"a","id":"b","path":"x"}"#, "given twice"),
        (#"{"id":7,"path":"x"}"#, "must be a string"),
        (#"{"id":"a","path":"x","n":01}"#, "expected ',' or '}'"),
        (#"{"id":"a","path":"x","n":tru}"#, "expected a value"),
        (#"{"path":"x"}"#, "has no 'id'"),
        (#"{"id":"a"}"#, "has no input"),
        (#"{"id":"a","path":"x","text":"y"}"#, "2 inputs ('path', 'text')"),
        (#"{"id":"a","html":"x","format":"markdown"}"#, "leave 'format' out"),
    ])
    func aLineThatIsNotARecordFailsInItsPlace(line: String, message: String) {
        let error = Self.failure(line)
        #expect(error?.code == .invalidRecord)
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "no error")")
        #expect(error?.message.hasPrefix("line 1: ") == true)
    }

    @Test func anIdReadBeforeTheFaultNamesTheFailedRecord() {
        #expect(Self.document(#"{"id":"kept","text":"unterminated"#).id == "kept")
        #expect(Self.document(#"{"id":"kept","path":"x","path":"y"}"#).id == "kept")
        #expect(Self.document(#"{"text":"x", "id":"late"}"#).id == "late")
        #expect(Self.document(#"{"path":"x"}"#).id == nil)
    }

    @Test func deeplyNestedMembersAreRefusedWithoutExhaustingTheStack() {
        let deep = String(repeating: "[", count: 100_000)
        let error = Self.failure(#"{"id":"a","path":"x","n":"# + deep + "}")
        #expect(error?.message.contains("nested more than 64 levels") == true)
        let fine = String(repeating: "[", count: 60) + String(repeating: "]", count: 60)
        #expect(Self.document(#"{"id":"a","path":"x","n":"# + fine + "}").path == "x")
    }

    @Test func invalidUTF8InTextIsHandedToTheReaderToRepair() throws {
        var line = Array(#"{"id":"a","text":"Title\n\nBad "#.utf8)
        line += [0xFF, 0xFE]
        line += Array(#" byte."}"#.utf8)
        let document = line.withUnsafeBytes { BatchDocument(ndjsonLine: $0, lineNumber: 1) }
        let batch = try BatchProcessor(BatchConfiguration(processor: BatchFixtures.processor()))
        let result = batch.process(document)
        let briefing = try #require(result.briefing)
        #expect(briefing.diagnostics.contains { $0.severity == .warning })
    }

    // MARK: Reading a stream

    /// The documents read from `bytes` written to a pipe.
    static func read(_ bytes: [UInt8], maximumLineLength: Int = 1 << 20) async throws -> [BatchDocument] {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        let writeEnd = descriptors[1]
        let writer = Thread {
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(writeEnd, buffer.baseAddress! + offset, buffer.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
            close(writeEnd)
        }
        writer.start()
        defer { close(descriptors[0]) }
        var documents: [BatchDocument] = []
        for try await document in NDJSONDocuments(fileDescriptor: descriptors[0], maximumLineLength: maximumLineLength)
        {
            documents.append(document)
        }
        return documents
    }

    @Test func aStreamGivesOneDocumentPerLineAndSkipsBlankLines() async throws {
        let input =
            "{\"id\":\"1\",\"path\":\"a\"}\n\n   \n{\"id\":\"2\",\"path\":\"b\"}\r\nbroken\n{\"id\":\"4\",\"path\":\"d\"}"
        let documents = try await Self.read(Array(input.utf8))
        #expect(documents.map(\.id) == ["1", "2", nil, "4"])
        guard case .failure(let error) = documents[2].content else {
            Issue.record("the broken line is a failed record")
            return
        }
        #expect(error.message.hasPrefix("line 5: "))
    }

    @Test func aLineOverTheLimitFailsWithoutBeingHeldAndKeepsItsId() async throws {
        // 100 MB on one line, with a limit of 1 MB: the line is read through and dropped.
        var input = Array(#"{"id":"huge","text":""#.utf8)
        input += [UInt8](repeating: UInt8(ascii: "a"), count: 100_000_000)
        input += Array("\"}\n{\"id\":\"after\",\"path\":\"x\"}\n".utf8)
        let documents = try await Self.read(input)
        #expect(documents.map(\.id) == ["huge", "after"])
        guard case .failure(let error) = documents[0].content else {
            Issue.record("the long line is a failed record")
            return
        }
        #expect(error.code == .inputTooLarge)
        #expect(error.message.contains("100000023 bytes"))
        #expect(documents[1].path == "x")
    }

    // MARK: Lines written

    @Test func aBriefingsLineIsItsCompactJSONWithTheIdFirst() throws {
        let briefing = try PlainTextReader().read(Examples.bytes(Examples.seedShaped))
        var analysed = briefing
        try AnalysisPipeline.standard().analyse(&analysed)
        for id in ["plain", "with \"quotes\" and \\ and \n and é", ""] {
            let line = NDJSONLine.success(id: id, briefing: analysed)
            #expect(line.last == 0x0A)
            #expect(line.dropLast().contains(0x0A) == false)
            let compact = JSONExporter(style: .compact).encode(analysed)
            #expect(Array(line.dropLast().suffix(compact.count - 1)) == Array(compact.dropFirst()))
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            #expect(object["id"] as? String == id)
            #expect(String(decoding: line.prefix(6), as: UTF8.self) == #"{"id":"#)
        }
    }

    @Test func everyLineOfABatchParsesAndValidatesAgainstTheSchema() async throws {
        let validator = try SchemaValidator(
            schemaAt: SharedCorpus.repository.appendingPathComponent("Schemas/briefing.schema.json"))
        var configuration = BatchConfiguration(
            processor: DocumentProcessor(readers: ReaderRegistry([PlainTextReader()]), analysis: .standard()))
        configuration.output = .ndjson
        var documents = BatchFixtures.documents(12)
        documents.append(BatchDocument(id: "gone", path: "/no/such/file"))
        documents.append(BatchDocument(failedRecord: nil, error: BriefingError(.invalidRecord, "line 3: bad")))
        var ids: [String?] = []
        for try await result in try BatchProcessor(configuration).results(for: documents) {
            let line = try #require(result.ndjsonLine)
            var object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            ids.append(object["id"] as? String)
            object.removeValue(forKey: "id")
            if let error = object["error"] as? [String: Any] {
                #expect(object.count == 1)
                #expect(error["code"] is String && error["message"] is String)
                #expect(error.count == 2)
            } else {
                #expect(validator.validate(object) == [])
            }
        }
        #expect(ids.compactMap { $0 }.sorted() == (documents.compactMap(\.id)).sorted())
        #expect(ids.filter { $0 == nil }.count == 1)
    }

    @Test func aFailureLineCarriesTheCodeAndMessage() throws {
        let line = NDJSONLine.failure(
            id: nil, error: BriefingError(.invalidInput, "bad \"x\"", location: SourceLocation(line: 3, column: 4)))
        #expect(
            String(decoding: line, as: UTF8.self)
                == #"{"id":null,"error":{"code":"invalid-input","message":"3:4: bad \"x\""}}"# + "\n")
    }
}
