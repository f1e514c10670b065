import BriefingHTML
import BriefingModel
import BriefingTestSupport
import Foundation

/// Helpers shared by the HTML reader's tests.
enum HTMLFixtures {
    /// The project's own example page (written for the project, present in every clone).
    static var examplePage: URL { Examples.folder.appendingPathComponent("harbour-ferry-strike.html") }

    static func example() throws -> Briefing {
        try HTMLReader().read(try Examples.bytes(examplePage))
    }

    static func read(_ html: String) throws -> Briefing {
        try HTMLReader().read(Array(html.utf8))
    }

    /// A page whose body is `body`, with `head` in its head.
    static func page(_ body: String, head: String = "") -> String {
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>"
    }

    /// Three long paragraphs: enough text for the content scoring to choose their container.
    static let articleParagraphs = """
        <p>The council approved the harbour budget on Tuesday, after a debate that lasted most of the afternoon, \
        with members from every party asking for more detail on the repair costs.</p>
        <p>Officials said the money would cover dredging, new fenders on the north quay, and a study of how the \
        tides have changed since the breakwater was extended, which engineers have asked for since last year.</p>
        <p>The first contracts will be signed in May, and work on the quay is expected to start in the summer, \
        when the ferries run a reduced timetable and fewer boats need the berths.</p>
        """

    /// Every text of the briefing, headings and list items included, in document order.
    static func texts(_ briefing: Briefing) -> [String] {
        var result: [String] = []
        func items(_ list: some Sequence<ListItem>) {
            for item in list {
                result.append(item.label.map { "\($0): \(item.text)" } ?? item.text)
                items(item.items)
            }
        }
        func walk(_ sections: [Section]) {
            for section in sections {
                if let heading = section.heading { result.append(heading) }
                for block in section.blocks {
                    switch block {
                    case .paragraph(let paragraph): result.append(paragraph.text)
                    case .quote(let quote): result.append(quote.text)
                    case .list(let list): items(list.items)
                    case .code(let code): result.append(code.text)
                    case .table(let table): result.append(table.text)
                    case .figure(let figure): result.append(figure.caption)
                    }
                }
                walk(section.sections)
            }
        }
        walk(briefing.sections)
        return result
    }

    static func allText(_ briefing: Briefing) -> String {
        texts(briefing).joined(separator: "\n")
    }
}
