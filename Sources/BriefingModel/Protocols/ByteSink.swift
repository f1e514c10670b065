/// A sink that collects everything written to it in memory.
public struct ByteSink: ExportSink {
    /// What has been written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty sink.
    public init() {}

    /// Appends `bytes`.
    public mutating func write(_ bytes: RawSpan) throws(BriefingError) {
        bytes.withUnsafeBytes { self.bytes.append(contentsOf: $0) }
    }
}
