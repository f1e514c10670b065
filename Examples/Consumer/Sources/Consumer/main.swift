import BriefingJSON
import BriefingModel
import BriefingPlainText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// usage: Consumer [ARTICLE] [FORMAT]   (defaults: the river-treaty example, html)
let arguments = CommandLine.arguments.dropFirst()
let path = arguments.first ?? "../Articles/river-treaty-talks.txt"
let formatName = arguments.dropFirst().first ?? "html"

// The formats this program offers: one from swift-briefing, one of its own.
var registry = ExporterRegistry()
registry.register(JSONExporter(style: .compact))
registry.register(HTMLPageExporter())

func readFile(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = fread(&chunk, 1, chunk.count, file)
        if count == 0 { break }
        bytes += chunk[0..<count]
    }
    return bytes
}

guard let bytes = readFile(path) else {
    print("\(path): error: cannot read the file")
    exit(1)
}
do {
    var briefing = try PlainTextReader().read(bytes)
    try LongestParagraphAnalyser().analyse(&briefing)  // an analyser of its own
    let result = try registry.export(briefing, as: formatName)
    print(result.text)
} catch {
    print("\(path): \(error)")
    exit(1)
}
