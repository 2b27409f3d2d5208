// The libFuzzer entry point of every fuzz target: Fuzz/run.sh builds it once, with the
// properties in Sources/FuzzChecks, and runs it with IDASH_FUZZ_TARGET naming the target.
import FuzzChecks
#if canImport(Glibc)
import Glibc
#endif

/// The target named by IDASH_FUZZ_TARGET; a wrong name stops at the first input.
let target: FuzzTarget = {
    let name = getenv("IDASH_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError("IDASH_FUZZ_TARGET must be one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")) (got \"\(name)\")")
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    target.checkOrTrap(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
