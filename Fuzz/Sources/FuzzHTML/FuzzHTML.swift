import FuzzChecks

/// libFuzzer's entry point: the HTML reader, then the JSON and XML exporters (see `Invariants`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let briefing = Invariants.readHTML(data, size)
    Invariants.checkJSON(briefing)
    Invariants.checkXML(briefing)
    return 0
}
