import FuzzChecks

/// libFuzzer's entry point: see `Invariants`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    Invariants.checkJSON(Invariants.readAndAnalyse(data, size))
    return 0
}
