/// The output of an exporter: the bytes, and what the exporter had to change to make them.
public struct ExportResult: Sendable, Hashable {
    /// The exported document.
    public var bytes: [UInt8]
    /// What the exporter changed to fit the format (for example characters XML cannot carry).
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(bytes: [UInt8], diagnostics: [Diagnostic] = []) {
        self.bytes = bytes
        self.diagnostics = diagnostics
    }

    /// The bytes decoded as UTF-8 (every exporter in swift-briefing writes UTF-8).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
