import BriefingMarkdown
import BriefingModel
import BriefingPlainText
import Foundation

/// The articles the benchmarks read: the shipped example, and larger articles made by repeating
/// all the shipped examples (headings, lists, quotes and all) up to a size.
enum Inputs {
    static let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/Articles")

    static let example: [UInt8] = {
        [UInt8]((try? Data(contentsOf: articles.appendingPathComponent("river-treaty-talks.txt"))) ?? Data())
    }()

    /// Every example article's body, without its title line, as one block of text.
    static let bodies: [UInt8] = {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: articles.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
        var text = ""
        for name in names {
            let article = (try? String(contentsOf: articles.appendingPathComponent(name), encoding: .utf8)) ?? ""
            text += article.split(separator: "\n", maxSplits: 1).dropFirst().joined() + "\n\n"
        }
        return Array(text.utf8)
    }()

    /// An article of at least `size` bytes: a title, then the example bodies repeated.
    static func article(bytes size: Int) -> [UInt8] {
        var result = Array("A Long Briefing Made of the Example Articles\n\n".utf8)
        result.reserveCapacity(size + bodies.count)
        while result.count < size { result += bodies }
        return result
    }

    static let megabyte = article(bytes: 1 << 20)
    static let twoMegabytes = article(bytes: 2 << 20)

    /// The 1 MB and 2 MB articles written as Markdown (by the Markdown exporter, from what the
    /// plain-text reader makes of them): `#` title, `##` headings, `-` lists with `**Label:**`, quotes.
    static let markdownMegabyte = markdown(megabyte)
    static let markdownTwoMegabytes = markdown(twoMegabytes)

    private static func markdown(_ text: [UInt8]) -> [UInt8] {
        (try? MarkdownExporter().export(read(text)).bytes) ?? []
    }

    static func read(_ bytes: [UInt8]) -> Briefing {
        (try? PlainTextReader().read(bytes)) ?? Briefing()
    }
}
