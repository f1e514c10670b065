import BriefingMarkdown
public import BriefingModel

extension Invariants {
    /// Reads `bytes` as Markdown: never throws for input under the size limit, and the briefing
    /// keeps the model's own invariants (nesting within the cap, 1-based locations).
    public static func readMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> Briefing {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        let briefing: Briefing
        do { briefing = try MarkdownReader().read(bytes) } catch {
            fail("reading \(size) bytes of Markdown threw \(error)")
        }
        checkModel(briefing)
        return briefing
    }

    /// The Markdown export reads back to the same outline, unless it reports a block it could not
    /// write as such (an empty paragraph, a table) or a character it replaced (U+0000).
    public static func checkMarkdown(_ briefing: Briefing) {
        let result: ExportResult
        do { result = try MarkdownExporter().export(briefing) } catch { fail("Markdown export threw \(error)") }
        let back: Briefing
        do { back = try MarkdownReader().read(result.bytes) } catch { fail("Markdown does not read back: \(error)") }
        checkModel(back)
        if !result.diagnostics.contains(where: { $0.code == .flattenedBlock || $0.code == .replacedCharacter }) {
            require(back.hasSameOutline(as: briefing), "Markdown reads back to another outline:\n\(result.text)")
        }
    }
}
