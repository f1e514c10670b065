import BriefingLibXML
import BriefingModel
import BriefingXML
import CLibXML2
import Testing

@Suite("XML reading is safe")
struct XMLSafetyTests {
    let secretPath = "/etc/hostname"

    @Test func anExternalEntityIsRefusedAndNothingIsRead() throws {
        let payload = """
            <?xml version="1.0"?>
            <!DOCTYPE briefing [<!ENTITY xxe SYSTEM "file://\(secretPath)">]>
            <briefing xmlns="\(BriefingXMLSchema.namespace)" formatVersion="1.0"><title>&xxe;</title><metadata/><diagnostics/></briefing>
            """
        do {
            let briefing = try XMLBriefingReader().read(Array(payload.utf8))
            Issue.record("an XXE payload was accepted: \(String(describing: briefing.title))")
        } catch {
            #expect(error.code == .invalidInput)
        }
        // The validator parses with the same options and does not expand the entity either.
        let issues = try XMLValidator.briefing().validate(payload)
        #expect(!issues.isEmpty)
    }

    @Test func billionLaughsIsRefusedQuickly() throws {
        var entities = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            let previous = String(repeating: "&lol\(level - 1);", count: 10)
            entities += "<!ENTITY lol\(level) \"\(previous)\">"
        }
        let payload = """
            <?xml version="1.0"?>
            <!DOCTYPE briefing [\(entities)]>
            <briefing xmlns="\(BriefingXMLSchema.namespace)" formatVersion="1.0"><title>&lol9;</title><metadata/><diagnostics/></briefing>
            """
        #expect(throws: BriefingError.self) { try XMLBriefingReader().read(Array(payload.utf8)) }
        #expect(!(try XMLValidator.briefing().validate(payload)).isEmpty)
    }

    @Test func malformedXMLGivesTheLineLibxml2StoppedAt() throws {
        let document =
            "<?xml version=\"1.0\"?>\n<briefing xmlns=\"\(BriefingXMLSchema.namespace)\">\n<title>unclosed\n</briefing>"
        do {
            _ = try XMLBriefingReader().read(Array(document.utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .invalidInput)
            #expect(error.message.hasPrefix("XML is not well formed: "))
            #expect(error.location?.line == 4)
        }
    }

    @Test func invalidDocumentsGetLibxml2MessagesWithLines() throws {
        let document = """
            <?xml version="1.0" encoding="UTF-8"?>
            <briefing xmlns="\(BriefingXMLSchema.namespace)" formatVersion="1.0">
              <metadata/>
              <section level="9"/>
              <surprise/>
              <diagnostics/>
            </briefing>
            """
        let issues = try XMLValidator.briefing().validate(document)
        #expect(issues.count >= 2)
        #expect(issues.first?.line == 4)
        #expect(issues.contains { $0.message.contains("surprise") })
        #expect(throws: BriefingError.self) { try XMLBriefingReader().read(Array(document.utf8)) }
    }

    @Test func otherDocumentsAreNotBriefings() throws {
        #expect(throws: BriefingError.self) { try XMLBriefingReader().read(Array("<html/>".utf8)) }
        #expect(throws: BriefingError.self) { try XMLBriefingReader().read([]) }
        let future =
            "<briefing xmlns=\"\(BriefingXMLSchema.namespace)\" formatVersion=\"2.0\"><metadata/><diagnostics/></briefing>"
        #expect(throws: BriefingError.self) { try XMLBriefingReader().read(Array(future.utf8)) }
    }

    @Test func aBrokenSchemaIsAnError() {
        #expect(throws: BriefingError.self) { try CompiledSchema("<xs:schema") }
    }

    /// A host program's own structured-error handler is put back after every libxml2 operation.
    @Test func theHostsErrorHandlerIsRestored() throws {
        let host = IssueCollector()
        try LibXML.collectingErrors(into: host) { () throws(BriefingError) in
            _ = try? XMLBriefingReader().read(Array("<broken".utf8))
            _ = try XMLValidator.briefing().validate(Array("<also broken".utf8))
            _ = try XMLExporter().export(XMLFixtures.everything)
            #expect(host.count == 0, "our errors reached the host's handler")
            #expect(cbx_structuredErrorContext() == host.userData, "the host's handler was not put back")
        }
    }

    @Test func manyTasksExportAndValidateAtOnce() async throws {
        let briefing = XMLFixtures.everything
        let validator = try XMLValidator.briefing()
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    let bytes = try XMLExporter().export(briefing).bytes
                    let back = try XMLBriefingReader().read(bytes)
                    return validator.validate(bytes).isEmpty && back == briefing
                }
            }
            for try await ok in group { #expect(ok) }
        }
    }
}
