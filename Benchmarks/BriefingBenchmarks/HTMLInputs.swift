import Foundation

/// The web pages the HTML benchmarks read: the project's example page, a page of about 1 MB made
/// by repeating its article body inside the same furniture, and the development pages when the
/// shared corpus is beside the repository.
enum HTMLInputs {
    static let example: [UInt8] = {
        [UInt8]((try? Data(contentsOf: Inputs.articles.appendingPathComponent("harbour-ferry-strike.html"))) ?? Data())
    }()

    /// The example page with its article body repeated until the page holds at least `size` bytes.
    static func page(bytes size: Int) -> [UInt8] {
        let text = String(decoding: example, as: UTF8.self)
        guard let start = text.range(of: "<div class=\"article-body\" itemprop=\"articleBody\">"),
            let end = text.range(of: "</div>\n  <div class=\"newsletter-signup\">")
        else { return example }
        let body = text[start.upperBound..<end.lowerBound]
        var middle = ""
        while middle.utf8.count + example.count < size { middle += body }
        return Array((text[..<start.upperBound] + middle + text[end.lowerBound...]).utf8)
    }

    static let megabyte = page(bytes: 1 << 20)

    /// The development pages (gzip-compressed in ../shared/corpus/html/html), decompressed with the
    /// system's gzip; empty when the corpus is absent.
    static let developmentPages: [[UInt8]] = {
        let folder = Inputs.articles.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/corpus/html/html")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".html.gz") }.sorted()
        return names.compactMap { name in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["gzip", "-dc", folder.appendingPathComponent(name).path]
            let pipe = Pipe()
            process.standardOutput = pipe
            guard (try? process.run()) != nil else { return nil }
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return [UInt8](data)
        }
    }()
}
