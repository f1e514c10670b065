import FuzzChecks

/// libFuzzer's entry point: arbitrary bytes read as XML (see `Invariants.checkXMLRead`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    Invariants.checkXMLRead(data, size)
    return 0
}
