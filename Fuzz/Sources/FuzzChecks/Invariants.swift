import BriefingAnalysis
import BriefingHTML
import BriefingJSON
import BriefingMemo
public import BriefingModel
import BriefingPlainText
import BriefingXML
import Foundation

/// The invariants every fuzz target checks. A broken invariant stops the fuzzer with a message
/// (`fatalError`, which keeps its message in release builds), and libFuzzer keeps the input that broke it.
public enum Invariants {
    /// Reads `bytes` as a plain-text article: never throws for input under the size limit, and
    /// the briefing keeps the model's own invariants.
    public static func read(_ data: UnsafePointer<UInt8>, _ size: Int) -> Briefing {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        let briefing: Briefing
        do { briefing = try PlainTextReader().read(bytes) } catch { fail("reading \(size) bytes threw \(error)") }
        checkModel(briefing)
        return briefing
    }

    /// Reads `bytes` as a web page: never throws for input under the size limit, and the briefing
    /// keeps the model's own invariants.
    public static func readHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Briefing {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        let briefing: Briefing
        do { briefing = try HTMLReader().read(bytes) } catch { fail("reading \(size) bytes of HTML threw \(error)") }
        checkModel(briefing)
        return briefing
    }

    /// Reads `bytes` and runs the standard analysis, which never throws either and keeps the
    /// model's invariants.
    public static func readAndAnalyse(_ data: UnsafePointer<UInt8>, _ size: Int) -> Briefing {
        var briefing = read(data, size)
        do { try AnalysisPipeline.standard().analyse(&briefing) } catch { fail("analysis threw \(error)") }
        checkModel(briefing)
        return briefing
    }

    /// Nesting within the cap; every location 1-based.
    public static func checkModel(_ briefing: Briefing) {
        func check(_ location: SourceLocation?, _ what: String) {
            guard let location else { return }
            require(location.line >= 1 && location.column >= 1, "\(what) at \(location)")
        }
        func depth(_ items: ChildList<ListItem>) -> Int { items.map { 1 + depth($0.items) }.max() ?? 0 }
        func depth(_ quote: Quote) -> Int { 1 + (quote.quotes.map(depth).max() ?? 0) }
        check(briefing.titleLocation, "title")
        for section in briefing.allSections {
            check(section.location, "section")
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph): check(paragraph.location, "paragraph")
                case .list(let list):
                    check(list.location, "list")
                    require(depth(list.items) <= Briefing.maximumNestingDepth, "list deeper than the cap")
                case .quote(let quote):
                    check(quote.location, "quote")
                    require(depth(quote) <= Briefing.maximumNestingDepth, "quote deeper than the cap")
                default:
                    check(block.location, "\(block.kind.rawValue) block")
                }
            }
        }
    }

    /// JSON parses, and reads back to an equal briefing.
    public static func checkJSON(_ briefing: Briefing) {
        for style in [JSONExporter.Style.compact, .pretty] {
            let bytes = JSONExporter(style: style).encode(briefing)
            require((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil, "JSON does not parse")
            let back: Briefing
            do { back = try JSONBriefingReader().read(bytes) } catch { fail("JSON does not read back: \(error)") }
            require(back == briefing, "JSON reads back to a different briefing")
        }
    }

    private static let validator: XMLValidator = {
        do { return try XMLValidator.briefing() } catch { fail("the XSD does not compile: \(error)") }
    }()

    /// XML is valid against the XSD and reads back to the briefing as XML can carry it.
    public static func checkXML(_ briefing: Briefing) {
        let result: ExportResult
        do { result = try XMLExporter(style: .compact).export(briefing) } catch { fail("XML export threw \(error)") }
        let issues = validator.validate(result.bytes)
        require(issues.isEmpty, "XML is not valid: \(issues.prefix(3))")
        let back: Briefing
        do { back = try XMLBriefingReader().read(result.bytes) } catch { fail("XML does not read back: \(error)") }
        require(back == XMLExporter.repairedForXML(briefing), "XML reads back to a different briefing")
    }

    /// The memo is UTF-8; the plain text reads back to the same outline.
    public static func checkText(_ briefing: Briefing) {
        do {
            let memo = try MemoExporter(width: 60).export(briefing)
            require(String(validating: memo.bytes, as: UTF8.self) != nil, "the memo is not UTF-8")
            let plain = try PlainTextExporter().export(briefing)
            let back = try PlainTextReader(maximumInputSize: PlainTextReader.largestSupportedInputSize).read(
                plain.bytes)
            // A table that plain text cannot hold as rows is written as a paragraph, with a note.
            let flattened = plain.diagnostics.contains { $0.code == .flattenedBlock }
            let (before, after) = (Outline(flattened ? Outline.tablesFlattened(briefing) : briefing), Outline(back))
            require(
                before == after, "plain text reads back to another outline, at " + before.firstDifference(from: after))
        } catch {
            fail("text export threw \(error)")
        }
    }

    /// Reads arbitrary bytes as XML: an error or a briefing, which then exports and reads back equal.
    public static func checkXMLRead(_ data: UnsafePointer<UInt8>, _ size: Int) {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        guard let briefing = try? XMLBriefingReader().read(bytes) else { return }
        checkModel(briefing)
        checkXML(briefing)
        checkJSON(briefing)
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fail(message()) }
    }

    static func fail(_ message: String) -> Never {
        fatalError("invariant broken: " + message)
    }
}
