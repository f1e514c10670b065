import FuzzChecks

/// libFuzzer's entry point: the plain-text reader alone (see `Invariants`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = Invariants.read(data, size)
    return 0
}
