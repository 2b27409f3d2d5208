#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A value shared between threads and reached only under its lock: the caches every
/// screen fills (wrapped text, remembered view text, the cluster table).
///
/// Over a pthread mutex rather than the standard library's `Synchronization.Mutex`: on
/// Linux a contended `Mutex` waits and wakes with futex calls inside the uninstrumented
/// Swift runtime, so ThreadSanitizer cannot see it order two accesses and reports races
/// that are not there (`.ci/tsan-mutex-probe.swift` shows it, and CI checks it still
/// does). ThreadSanitizer intercepts pthread mutexes, so under it this lock is checked
/// rather than trusted. An error-checking mutex, so a `withLock` inside another on the
/// same value traps (as `Mutex` does) instead of hanging the dashboard.
public final class Locked<Value> {
    @usableFromInline let mutex: UnsafeMutablePointer<pthread_mutex_t>
    @usableFromInline var value: Value

    public init(_ value: Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        defer { pthread_mutexattr_destroy(&attributes) }
        pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_ERRORCHECK))
        let status = pthread_mutex_init(mutex, &attributes)
        precondition(status == 0, "pthread_mutex_init failed (\(status))")
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` with the value, no other thread reaching it meanwhile.
    @inlinable
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        let locked = pthread_mutex_lock(mutex)
        precondition(locked == 0, "withLock inside withLock on the same value (\(locked))")
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}

/// Every access to the value is under the mutex, so the box may cross threads when the
/// value itself may.
extension Locked: @unchecked Sendable where Value: Sendable {}
