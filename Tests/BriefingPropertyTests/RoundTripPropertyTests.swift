import BriefingJSON
import BriefingMemo
import BriefingModel
import BriefingPlainText
import BriefingXML
import Foundation
import PropertyBased
import Testing

@Suite("Random briefings through every exporter")
struct RoundTripPropertyTests {
    @Test func jsonRoundTripsToAnEqualBriefing() async {
        await propertyCheck(count: 300, input: RandomBriefing.generator) { briefing in
            for style in [JSONExporter.Style.pretty, .compact] {
                let bytes = JSONExporter(style: style).encode(briefing)
                #expect((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil)
                do {
                    #expect(try JSONBriefingReader().read(bytes) == briefing)
                } catch {
                    Issue.record(error)
                }
            }
        }
    }

    @Test func xmlIsValidAndRoundTripsToTheRepairedBriefing() async throws {
        let validator = try XMLValidator.briefing()
        await propertyCheck(count: 300, input: RandomBriefing.generator) { briefing in
            for style in [XMLExporter.Style.pretty, .compact] {
                do {
                    let result = try XMLExporter(style: style).export(briefing)
                    #expect(validator.validate(result.bytes) == [])
                    let expected = XMLExporter.repairedForXML(briefing)
                    #expect(try XMLBriefingReader().read(result.bytes) == expected)
                    #expect(result.diagnostics == Array(expected.diagnostics.dropFirst(briefing.diagnostics.count)))
                } catch {
                    Issue.record(error)
                }
            }
        }
    }

    @Test func textFormatsNeverFailAndTheirOutputReadsBack() async {
        await propertyCheck(count: 300, input: RandomBriefing.generator) { briefing in
            do {
                let memo = try MemoExporter(width: 40).export(briefing)
                #expect(!memo.bytes.isEmpty)
                let plain = try PlainTextExporter().export(briefing)
                // The reader accepts whatever the exporter writes; exact round trips of the reader's
                // own output are checked on the corpus in BriefingMemoTests.
                let back = try PlainTextReader().read(plain.bytes)
                #expect(back.title == nil || !plain.bytes.isEmpty)
            } catch {
                Issue.record(error)
            }
        }
    }
}
