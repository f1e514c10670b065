/// Readers known by name, file extension and content: the input formats a program accepts.
///
/// Like ``ExporterRegistry``, a plain value with no global state. The first reader registered is
/// the fallback for a document that neither its name nor its content places:
///
/// ```swift
/// let readers = ReaderRegistry([PlainTextReader(), HTMLReader(), MarkdownReader()])
/// let reader = readers.reader(forPath: "page.html", content: prefix)   // the HTML reader
/// ```
public struct ReaderRegistry: Sendable {
    private var readers: [any BriefingReader] = []

    /// Creates a registry holding `readers`; a later reader replaces an earlier one of the same
    /// format name, and the first is the fallback.
    public init(_ readers: [any BriefingReader] = []) {
        for reader in readers {
            register(reader)
        }
    }

    /// Adds a reader under its format name, replacing one registered under that name before.
    public mutating func register(_ reader: any BriefingReader) {
        if let index = readers.firstIndex(where: { $0.formatName == reader.formatName }) {
            readers[index] = reader
        } else {
            readers.append(reader)
        }
    }

    /// The registered format names, in the order they were first registered.
    public var names: [String] { readers.map(\.formatName) }

    /// The reader for the format `name`, if any.
    public func reader(named name: String) -> (any BriefingReader)? {
        readers.first { $0.formatName == name }
    }

    /// The reader whose ``BriefingReader/fileExtensions`` include `fileExtension` (compared
    /// without regard to ASCII case, with or without a leading dot), if any.
    public func reader(forFileExtension fileExtension: String) -> (any BriefingReader)? {
        let wanted = Self.lowercased(fileExtension.hasPrefix(".") ? String(fileExtension.dropFirst()) : fileExtension)
        return readers.first { $0.fileExtensions.contains { Self.lowercased($0) == wanted } }
    }

    /// The first reader that ``BriefingReader/recognises(_:)`` the start of a document, if any.
    public func reader(recognising prefix: RawSpan) -> (any BriefingReader)? {
        readers.first { $0.recognises(prefix) }
    }

    /// The reader for a document: by the extension of `path` when a reader claims it, else by the
    /// start of its content, else the fallback (the first registered); `nil` only when empty.
    ///
    /// - Parameters:
    ///   - path: The document's file name or path, or `nil` (standard input, a record without one).
    ///   - content: The document's first bytes (a few hundred are enough).
    public func reader(forPath path: String?, content: RawSpan) -> (any BriefingReader)? {
        if let path, let dot = path.lastIndex(of: "."),
            !path[path.index(after: dot)...].contains("/"),
            let reader = reader(forFileExtension: String(path[path.index(after: dot)...]))
        {
            return reader
        }
        return reader(recognising: content) ?? readers.first
    }

    private static func lowercased(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
