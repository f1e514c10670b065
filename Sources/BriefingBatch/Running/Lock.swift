#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A mutex with a condition, for the state that worker threads and tasks share.
///
/// `Synchronization.Mutex` needs macOS 15; this is the same thing on POSIX threads, which every
/// platform of the package has. Never held across an `await` or a call out to user code.
final class Lock: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Runs `body` with the mutex held.
    func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    /// Waits for ``signalAll()``; call with the mutex held (inside ``withLock(_:)``).
    func wait() {
        pthread_cond_wait(condition, mutex)
    }

    /// Wakes every thread waiting in ``wait()``.
    func signalAll() {
        pthread_cond_broadcast(condition)
    }
}

/// A flag that the batch raises to stop a document's work at its next checkpoint.
final class StopFlag: @unchecked Sendable {
    private let lock = Lock()
    private var reason: BatchStopReason?

    /// Raises the flag (the first reason given is kept).
    func raise(_ reason: BatchStopReason) {
        lock.withLock { if self.reason == nil { self.reason = reason } }
    }

    /// Why the work should stop, or `nil` while it should go on.
    var raised: BatchStopReason? { lock.withLock { reason } }
}

/// Why a document's work was stopped.
enum BatchStopReason: Sendable {
    case timedOut
    case cancelled
}

/// A monotonic clock in nanoseconds (`ContinuousClock` needs macOS 13).
enum MonotonicClock {
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
