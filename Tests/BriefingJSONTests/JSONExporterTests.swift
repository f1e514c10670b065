import BriefingJSON
import BriefingModel
import BriefingPlainText
import BriefingTestSupport
import Foundation
import Testing

@Suite("JSON export")
struct JSONExporterTests {
    func jsonObject(_ bytes: [UInt8]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test(.requiresSharedCorpus) func seedRoundTripsToAnEqualBriefing() throws {
        try roundTrips(try JSONFixtures.read(SharedCorpus.seed))
    }

    @Test func seedShapedExampleRoundTripsToAnEqualBriefing() throws {
        try roundTrips(try JSONFixtures.read(Examples.seedShaped))
    }

    func roundTrips(_ briefing: Briefing) throws {
        for style in [JSONExporter.Style.pretty, .compact] {
            let bytes = JSONExporter(style: style).encode(briefing)
            #expect(try JSONBriefingReader().read(bytes) == briefing)
        }
    }

    @Test func everyPartOfTheModelRoundTrips() throws {
        let bytes = JSONExporter().encode(JSONFixtures.everything)
        #expect(try JSONBriefingReader().read(bytes) == JSONFixtures.everything)
    }

    @Test func aListHasStartOnlyWhenItDoesNotCountFromOne() throws {
        let here = SourceLocation(line: 1, column: 1)
        let item = ListItem(text: "x", location: here)
        func list(_ ordered: Bool, _ start: Int) -> Block {
            .list(ListBlock(ordered: ordered, start: start, items: [item], location: here))
        }
        let briefing = Briefing(
            sections: [Section(heading: nil, level: 1, blocks: [list(true, 3), list(true, 1), list(false, 1)])])
        let object = try jsonObject(JSONExporter().encode(briefing))
        let sections = try #require(object["sections"] as? [[String: Any]])
        let blocks = try #require(sections.first?["blocks"] as? [[String: Any]])
        #expect(blocks.map { $0["start"] as? Int } == [3, nil, nil])
        #expect(try JSONBriefingReader().read(JSONExporter().encode(briefing)) == briefing)
        // Without `start`, a list counts from 1.
        let old = #"{"ordered": true, "items": [], "location": {"line": 2, "column": 1}}"#
        #expect(try JSONDecoder().decode(ListBlock.self, from: Data(old.utf8)).start == 1)
    }

    @Test func theWriterAndJSONEncoderAgree() throws {
        let briefing = JSONFixtures.everything
        let encoded = try JSONEncoder().encode(briefing)
        let written = JSONExporter(style: .compact).encode(briefing)
        let decoder = JSONDecoder()
        #expect(try decoder.decode(Briefing.self, from: encoded) == briefing)
        #expect(try decoder.decode(Briefing.self, from: Data(written)) == briefing)
        // Same keys and values, whatever the order.
        let viaEncoder = try JSONSerialization.jsonObject(with: encoded) as! NSDictionary
        let viaWriter = try JSONSerialization.jsonObject(with: Data(written)) as! NSDictionary
        #expect(viaEncoder == viaWriter)
    }

    @Test func outputIsDeterministic() throws {
        let briefing = try JSONFixtures.read(Examples.seedShaped)
        #expect(JSONExporter().encode(briefing) == JSONExporter().encode(briefing))
        let copy = try JSONBriefingReader().read(JSONExporter().encode(briefing))
        #expect(JSONExporter().encode(copy) == JSONExporter().encode(briefing))
    }

    @Test func keysComeInADocumentedOrder() throws {
        let text = try JSONExporter().export(JSONFixtures.everything).text
        let order = [
            "\"formatVersion\"", "\"title\"", "\"titleLocation\"", "\"metadata\"", "\"sections\"", "\"entities\"",
            "\"quotes\"", "\"keyphrases\"", "\"summary\"", "\"estimates\"", "\"statistics\"", "\"diagnostics\"",
        ]
        // Top-level keys are the ones indented by two spaces.
        let positions = order.map { text.range(of: "\n  " + $0)!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func compactOutputHasNoWhiteSpaceOutsideStrings() throws {
        let briefing = try JSONFixtures.read(Examples.seedShaped)
        let bytes = JSONExporter(style: .compact).encode(briefing)
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else {
                #expect(byte != 0x20 && byte != 0x0A)
                if byte == UInt8(ascii: "\"") { inString = true }
            }
        }
    }

    @Test func theContractKeysAreThere() throws {
        let briefing = try JSONFixtures.read(Examples.seedShaped)
        let object = try jsonObject(JSONExporter().encode(briefing))
        #expect(object["formatVersion"] as? String == Briefing.formatVersion)
        #expect(object["title"] as? String == briefing.title)
        #expect(object["metadata"] is [String: Any])
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.first?["heading"] is NSNull)
        #expect(sections.first?["level"] as? Int == 1)
        #expect(sections[2]["heading"] as? String == "What a Meeting Between Presidents Can Do")
        let list = try #require((sections[2]["blocks"] as? [[String: Any]])?.first)
        #expect(list["kind"] as? String == "list")
        #expect(list["ordered"] as? Bool == false)
        let item = try #require((list["items"] as? [[String: Any]])?.first)
        #expect(item["label"] as? String == "Cutting Through Procedure")
        #expect(item["text"] is String)
        #expect(item["items"] is [Any])
        // Analysis keys are absent until an analyser runs.
        for key in ["entities", "quotes", "keyphrases", "summary", "estimates", "statistics"] {
            #expect(object[key] == nil)
        }
    }

    @Test func anyUnicodeIsEscapedIntoValidJSON() throws {
        var scalars = String.UnicodeScalarView()
        for value in 0..<0x300 { scalars.append(Unicode.Scalar(value)!) }
        for value: UInt32 in [0x2028, 0x2029, 0xFFFE, 0xFFFF, 0x1F1FA, 0x10FFFF] {
            scalars.append(Unicode.Scalar(value)!)
        }
        let text = String(scalars)
        let briefing = Briefing(title: text, sections: [Section(heading: text, level: 2)])
        for style in [JSONExporter.Style.pretty, .compact] {
            let bytes = JSONExporter(style: style).encode(briefing)
            let object = try jsonObject(bytes)
            #expect(object["title"] as? String == text)
            #expect(try JSONBriefingReader().read(bytes) == briefing)
        }
    }

    @Test func aNewerMajorVersionIsRefused() throws {
        let json = #"{"formatVersion": "2.0", "title": null, "metadata": {}, "sections": [], "diagnostics": []}"#
        #expect(throws: BriefingError.self) { try JSONBriefingReader().read(Array(json.utf8)) }
    }

    @Test func brokenJSONGivesAnInvalidInputError() throws {
        do {
            _ = try JSONBriefingReader().read(Array(#"{"title": "#.utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .invalidInput)
        }
    }

    @Test func theExporterIdentifiesItsFormat() {
        let format = JSONExporter().format
        #expect(format.name == "json")
        #expect(format.fileExtension == "json")
        #expect(format.mediaType == "application/json")
    }
}

@Suite("JSON schema")
struct JSONSchemaTests {
    let validator: SchemaValidator

    init() throws {
        validator = try SchemaValidator(schemaAt: JSONFixtures.schema)
    }

    func validate(_ briefing: Briefing, _ style: JSONExporter.Style = .pretty) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(JSONExporter(style: style).encode(briefing)))
        return validator.validate(object)
    }

    @Test(.requiresSharedCorpus) func seedOutputIsValid() throws {
        #expect(try validate(try JSONFixtures.read(SharedCorpus.seed)) == [])
    }

    @Test func everyExampleArticleIsValid() throws {
        #expect(!JSONFixtures.exampleURLs.isEmpty)
        for url in JSONFixtures.exampleURLs {
            #expect(try validate(try JSONFixtures.read(url), .compact) == [], "\(url.lastPathComponent)")
        }
    }

    @Test func aBriefingWithEveryPartIsValid() throws {
        #expect(try validate(JSONFixtures.everything) == [])
    }

    @Test func jsonEncoderOutputIsValidToo() throws {
        let object = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(JSONFixtures.everything))
        #expect(validator.validate(object) == [])
    }

    @Test func theValidatorCatchesViolations() throws {
        var object =
            try JSONSerialization.jsonObject(with: Data(JSONExporter().encode(JSONFixtures.everything)))
            as! [String: Any]
        object["title"] = 5
        object["unexpected"] = true
        object.removeValue(forKey: "metadata")
        let errors = validator.validate(object)
        #expect(errors.contains { $0.contains("$.title") })
        #expect(errors.contains { $0.contains("'unexpected'") })
        #expect(errors.contains { $0.contains("'metadata'") })
    }
}
