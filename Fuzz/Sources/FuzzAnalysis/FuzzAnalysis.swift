import FuzzChecks

/// libFuzzer's entry point: the reader and then every standard analyser (see `Invariants`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = Invariants.readAndAnalyse(data, size)
    return 0
}
