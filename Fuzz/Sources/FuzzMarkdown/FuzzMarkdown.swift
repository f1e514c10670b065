import FuzzChecks

/// libFuzzer's entry point: the Markdown reader, then the Markdown exporter and reader again (see
/// `Invariants.readMarkdown` and `Invariants.checkMarkdown`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    Invariants.checkMarkdown(Invariants.readMarkdown(data, size))
    return 0
}
