#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Threads of its own that run blocking, synchronous work: reading files, reading, analysing and
/// exporting documents, reading standard input.
///
/// Readers and analysers are synchronous; run on Swift's cooperative threads (one per core),
/// a long document would hold a thread that timers and the consumer of the results need. A
/// pool's threads are started as work arrives, up to its size, and end when it is closed. When a
/// job is given up at its time limit but goes on running until its next checkpoint,
/// ``addThread()`` lets the pool start one more thread so that the other documents are not held
/// up; ``removeThread()`` takes it back when the job returns.
final class WorkerPool: @unchecked Sendable {
    typealias Job = @Sendable () -> Void

    private let lock = Lock()
    private var queue: [Job] = []
    private var head = 0
    private var threads = 0
    private var idle = 0
    private var capacity: Int
    private var closed = false

    /// A pool of at most `size` threads (at least one).
    init(size: Int) {
        capacity = max(1, size)
    }

    /// Runs `job` on one of the pool's threads, after the jobs submitted before it.
    func submit(_ job: @escaping Job) {
        let start = lock.withLock { () -> Bool in
            queue.append(job)
            if idle > 0 {
                lock.signalAll()
                return false
            }
            guard threads < capacity else { return false }
            threads += 1
            return true
        }
        if start { startThread() }
    }

    /// Allows one more thread while a job given up at its time limit still runs.
    func addThread() {
        let start = lock.withLock { () -> Bool in
            capacity += 1
            guard head < queue.count, idle == 0, !closed else { return false }
            threads += 1
            return true
        }
        if start { startThread() }
    }

    /// Takes back the thread ``addThread()`` allowed, once the job given up has returned.
    func removeThread() {
        lock.withLock {
            capacity -= 1
            lock.signalAll()
        }
    }

    /// Drops the jobs not yet started and lets the threads end once they are idle.
    func close(droppingQueued: Bool) {
        lock.withLock {
            closed = true
            if droppingQueued {
                queue.removeAll()
                head = 0
            }
            lock.signalAll()
        }
    }

    private func nextJob() -> Job? {
        lock.withLock { () -> Job? in
            while head == queue.count && !closed && threads <= capacity {
                idle += 1
                lock.wait()
                idle -= 1
            }
            guard head < queue.count, threads <= capacity else {
                threads -= 1
                return nil
            }
            let job = queue[head]
            head += 1
            if head > 64 && head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
            return job
        }
    }

    private func work() {
        while let job = nextJob() {
            job()
        }
    }

    /// Starts a detached thread with a stack of 8 MiB (the main thread's; Darwin gives other
    /// threads 512 KiB, too little for deep documents).
    private func startThread() {
        let context = Unmanaged.passRetained(self).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, 8 << 20)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let status = pthread_create(
            &thread, &attributes,
            { context in
                #if canImport(Darwin)
                let pool = Unmanaged<WorkerPool>.fromOpaque(context).takeRetainedValue()
                #else
                let pool = Unmanaged<WorkerPool>.fromOpaque(context!).takeRetainedValue()
                #endif
                pool.work()
                return nil
            }, context)
        if status != 0 {
            Unmanaged<WorkerPool>.fromOpaque(context).release()
            // No thread could be made: run the work here rather than lose it (`work` gives the
            // thread's place back when the queue is empty).
            work()
        }
    }
}
