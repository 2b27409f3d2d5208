import FileFormats
import Dispatch

/// Runs independent pieces of work on every core, in batches, keeping their order.
///
/// Loading a large data set is decoding hundreds of files that do not depend on each
/// other; a batch bounds how many decoded files wait in memory for the (ordered, single
/// threaded) merge that follows.
enum Parallel {
    static let batchSize = 16

    /// `work(i)` for each i in `indices`, batch by batch, results in the order of `indices`.
    /// `each` receives every result in order as its batch completes.
    static func map<T>(_ indices: [Int], _ work: (Int) -> T, each: (T) throws(DiagnosticsError) -> Void) throws(DiagnosticsError) {
        var start = 0
        while start < indices.count {
            let batch = Array(indices[start..<min(start + batchSize, indices.count)])
            let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: batch.count)
            slots.initialize(repeating: nil)
            defer { _ = slots.deinitialize(); slots.deallocate() }
            // Each iteration writes only its own slot, and `work` reads only what the caller
            // keeps unchanged until this returns: safe to share, though the types cannot say so.
            nonisolated(unsafe) let shared = (slots: slots, work: work)
            DispatchQueue.concurrentPerform(iterations: batch.count) { slot in
                shared.slots[slot] = shared.work(batch[slot])
            }
            for slot in 0..<batch.count { try each(slots[slot]!) }
            start += batch.count
        }
    }
}
