// Why idash locks with `Locked` (pthread) and not `Synchronization.Mutex`: two threads
// that touch a dictionary only inside `Mutex.withLock` are correct, yet on Linux
// ThreadSanitizer reports a "Swift access race" here. A contended Mutex waits with futex
// calls in the uninstrumented runtime, so TSan never sees the lock order the accesses.
// .ci/sanitizers.sh thread builds this with -sanitize=thread and expects the report; when
// a toolchain stops giving it, the check fails so the workaround can be reconsidered.
import Foundation
import Synchronization

final class Shared: Sendable { let table = Mutex<[Int: Int]>([:]) }
let shared = Shared()
let finished = DispatchSemaphore(value: 0)
for worker in 0..<2 {
    Thread {
        for i in 0..<200_000 {
            shared.table.withLock { $0[i % 64] = worker }
            _ = shared.table.withLock { $0[(i + 1) % 64] }
        }
        finished.signal()
    }.start()
}
finished.wait()
finished.wait()
print(shared.table.withLock { $0.count })
