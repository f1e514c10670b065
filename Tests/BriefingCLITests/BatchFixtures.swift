import BriefingTestSupport
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Files for the batch command's tests.
enum BatchFixtures {
    /// A new temporary folder.
    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "briefing-batch-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// An article of about `megabytes` MB made of the example articles.
    static func bigArticle(megabytes: Int) throws -> Data {
        let examples = try Examples.all.map { try Data(contentsOf: $0) }.reduce(Data(), +)
        var article = Data("A Big Article Made of the Examples\n\n".utf8)
        while article.count < megabytes << 20 { article.append(examples) }
        return article
    }
}

/// A pseudo-terminal, for a process whose standard error must be a terminal.
final class PseudoTerminal {
    private let primary: Int32
    let secondary: FileHandle

    // The C library's pseudo-terminal calls, which Glibc's Swift module leaves out.
    private typealias Open = @convention(c) (Int32) -> Int32
    private typealias Setup = @convention(c) (Int32) -> Int32
    private typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    private static func function<Function>(_ name: String, as type: Function.Type) throws -> Function {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { throw POSIXError(.ENOSYS) }
        return unsafeBitCast(symbol, to: type)
    }

    init() throws {
        let openPrimary = try Self.function("posix_openpt", as: Open.self)
        let grant = try Self.function("grantpt", as: Setup.self)
        let unlock = try Self.function("unlockpt", as: Setup.self)
        let name = try Self.function("ptsname", as: Name.self)
        primary = openPrimary(O_RDWR | O_NOCTTY)
        guard primary >= 0, grant(primary) == 0, unlock(primary) == 0, let name = name(primary) else {
            throw POSIXError(.ENODEV)
        }
        let descriptor = open(String(cString: name), O_RDWR | O_NOCTTY)
        guard descriptor >= 0 else { throw POSIXError(.ENODEV) }
        secondary = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Closes this process's copy of the terminal's other end, so that reading ends with the child.
    func closeSecondary() {
        try? secondary.close()
    }

    /// Everything written to the terminal until every writer has closed it.
    func readAll() -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(primary, &chunk, chunk.count)
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        close(primary)
        return String(decoding: bytes, as: UTF8.self)
    }
}
