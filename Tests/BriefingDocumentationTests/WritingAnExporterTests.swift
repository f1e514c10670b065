import BriefingJSON
import BriefingModel
import BriefingPlainText
import Testing

// The code of the *Writing an Exporter* article, compiled and run.

/// Writes a briefing's outline: the title, then the headings indented by level.
struct OutlineExporter: BriefingExporter {
    var format: ExportFormat {
        ExportFormat(
            name: "outline", fileExtension: "txt", mediaType: "text/plain; charset=utf-8",
            summary: "The title and the headings, indented by level")
    }

    func export(_ briefing: Briefing) throws(BriefingError) -> ExportResult {
        var writer = OutlineWriter()
        writer.visitBriefing(briefing)
        return ExportResult(bytes: Array(writer.text.utf8))
    }
}

/// Writes the title and the headings; every other node is walked past.
struct OutlineWriter: BriefingWalker {
    var text = ""

    mutating func visitBriefing(_ briefing: Briefing) {
        text += (briefing.title ?? "Untitled") + "\n"
        descend(into: .briefing(briefing))
    }

    mutating func visitSection(_ section: Section) {
        if let heading = section.heading {
            text += String(repeating: "  ", count: section.level - 1) + "- " + heading + "\n"
        }
        descend(into: .section(section))
    }
}

@Suite("Writing an Exporter")
struct WritingAnExporterTests {
    @Test func theOutlineExporterIsRegisteredAndUsedByName() throws {
        let briefing = try PlainTextReader().read("Title\n\n## First\n\nText.\n\n### Inner\n\nMore.\n\n## Second\n")

        var registry = ExporterRegistry([JSONExporter()])
        registry.register(OutlineExporter())
        print(registry.names)  // ["json", "outline"]
        let outline = try registry.export(briefing, as: "outline").text

        #expect(registry.names == ["json", "outline"])
        #expect(outline == "Title\n  - First\n    - Inner\n  - Second\n")
    }
}
