import BriefingModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of a batch: the window, the documents being worked on, the results waiting to be
/// handed over, and the time limit.
///
/// Shared by the task that takes documents from the input, the pool's threads that work on them,
/// the watchdog task that enforces the time limit, and the consumer; all its state is behind one
/// lock, and continuations are resumed after the lock is let go.
final class BatchRun: @unchecked Sendable {
    private struct Running {
        let start: UInt64
        let flag: StopFlag
        let id: String?
        let path: String?
    }

    private let lock = Lock()
    private let processor: BatchProcessor
    private let pool: WorkerPool
    private let window: Int
    private let ordered: Bool
    private let timeLimit: UInt64?

    // All below are guarded by `lock`.
    private var taken = 0
    private var inFlight = 0
    private var delivered = 0
    private var inputEnded = false
    private var inputFailure: (any Error)?
    private var readyByIndex: [Int: BatchResult] = [:]
    private var readyQueue: [BatchResult] = []
    private var readyHead = 0
    private var nextIndex = 0
    private var consumer: CheckedContinuation<BatchResult?, any Error>?
    private var producer: CheckedContinuation<Bool, Never>?
    private var running: [Int: Running] = [:]
    private var abandoned: Set<Int> = []
    private var stopped = false
    private var tasks: [Task<Void, Never>] = []

    init(processor: BatchProcessor) {
        self.processor = processor
        let configuration = processor.configuration
        pool = WorkerPool(size: max(1, configuration.concurrency))
        window = configuration.effectiveWindow
        ordered = configuration.order == .input
        timeLimit = configuration.timeLimit.flatMap { $0 > 0 ? UInt64(min($0, 1e9) * 1e9) : nil }
    }

    /// Starts taking documents from `documents`, and the watchdog when there is a time limit.
    ///
    /// The watchdog is a thread of its own, not a task: a time limit is kept even when the
    /// program's cooperative threads are all busy (with synchronous work of its own, say).
    func start<Documents: AsyncSequence & Sendable>(_ documents: Documents)
    where Documents.Element == BatchDocument {
        let producer = Task.detached { [self] in await produce(documents) }
        lock.withLock { tasks.append(producer) }
        if let timeLimit {
            let watchdog = WorkerPool(size: 1)
            watchdog.submit { [self] in watch(limit: timeLimit) }
            watchdog.close(droppingQueued: false)
        }
    }

    // MARK: Handing over results

    /// The next result, in the order asked for; `nil` at the end.
    func next() async throws -> BatchResult? {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<BatchResult?, any Error>) in
                let action = lock.withLock { () -> (() -> Void)? in
                    if stopped { return { continuation.resume(throwing: CancellationError()) } }
                    if let handOver = handOverLocked(to: continuation) { return handOver }
                    consumer = continuation
                    return nil
                }
                action?()
            }
        } onCancel: {
            cancel()
        }
    }

    /// What to do to give `continuation` the next result or the end, if there is one to give.
    private func handOverLocked(to continuation: CheckedContinuation<BatchResult?, any Error>) -> (() -> Void)? {
        if let result = takeReadyLocked() {
            let producer = wakeProducerLocked()
            return {
                producer?.resume(returning: true)
                continuation.resume(returning: result)
            }
        }
        guard inputEnded && delivered == taken else { return nil }
        let failure = inputFailure
        inputFailure = nil
        let tasks = self.tasks
        pool.close(droppingQueued: false)
        return {
            for task in tasks { task.cancel() }
            if let failure {
                continuation.resume(throwing: failure)
            } else {
                continuation.resume(returning: nil)
            }
        }
    }

    private func takeReadyLocked() -> BatchResult? {
        let result: BatchResult?
        if ordered {
            result = readyByIndex.removeValue(forKey: nextIndex)
            if result != nil { nextIndex += 1 }
        } else if readyHead < readyQueue.count {
            result = readyQueue[readyHead]
            readyHead += 1
            if readyHead > 64 && readyHead * 2 > readyQueue.count {
                readyQueue.removeFirst(readyHead)
                readyHead = 0
            }
        } else {
            result = nil
        }
        guard let result else { return nil }
        delivered += 1
        inFlight -= 1
        return result
    }

    /// Adds `result` to those ready, and what to do to hand one over to a waiting consumer.
    private func addReadyLocked(_ result: BatchResult) -> (() -> Void)? {
        guard !stopped else { return nil }
        if ordered {
            readyByIndex[result.index] = result
        } else {
            readyQueue.append(result)
        }
        guard let waiting = consumer, let handOver = handOverLocked(to: waiting) else { return nil }
        consumer = nil
        return handOver
    }

    private func deliver(_ result: BatchResult) {
        lock.withLock { addReadyLocked(result) }?()
    }

    // MARK: Taking documents from the input

    private func produce<Documents: AsyncSequence>(_ documents: Documents) async
    where Documents.Element == BatchDocument {
        var iterator = documents.makeAsyncIterator()
        var failure: (any Error)?
        do {
            while await acquireSlot() {
                guard let document = try await iterator.next() else {
                    releaseSlot()
                    break
                }
                let index = lock.withLock { () -> Int in
                    taken += 1
                    return taken - 1
                }
                begin(document, at: index)
            }
        } catch {
            releaseSlot()
            failure = error
        }
        lock.withLock { () -> (() -> Void)? in
            inputEnded = true
            inputFailure = failure
            guard !stopped, let waiting = consumer, let handOver = handOverLocked(to: waiting) else { return nil }
            consumer = nil
            return handOver
        }?()
    }

    /// Waits for room in the window and takes it; `false` when the batch has stopped.
    private func acquireSlot() async -> Bool {
        await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let answer = lock.withLock { () -> Bool? in
                if stopped { return false }
                if inFlight < window {
                    inFlight += 1
                    return true
                }
                producer = continuation
                return nil
            }
            if let answer { continuation.resume(returning: answer) }
        }
    }

    private func releaseSlot() {
        lock.withLock { inFlight -= 1 }
    }

    /// The producer to wake, once half the window is free: it then fills the window again in one
    /// go, rather than waking for every result taken.
    private func wakeProducerLocked() -> CheckedContinuation<Bool, Never>? {
        guard let waiting = producer, inFlight <= window - max(1, window / 2) else { return nil }
        producer = nil
        inFlight += 1
        return waiting
    }

    // MARK: Working

    private func begin(_ document: BatchDocument, at index: Int) {
        if case .failure(let error) = document.content {
            deliver(BatchResult(id: document.id, index: index, outcome: .failure(error)))
            return
        }
        pool.submit { [self] in
            let flag = StopFlag()
            let started = lock.withLock { () -> Bool in
                guard !stopped else { return false }
                running[index] = Running(start: MonotonicClock.now(), flag: flag, id: document.id, path: document.path)
                return true
            }
            guard started else { return }
            let result = processor.process(document, index: index, stop: flag)
            finish(result)
        }
    }

    private func finish(_ result: BatchResult) {
        let (action, wasAbandoned) = lock.withLock { () -> ((() -> Void)?, Bool) in
            if abandoned.remove(result.index) != nil { return (nil, true) }
            guard running.removeValue(forKey: result.index) != nil else { return (nil, false) }
            return (addReadyLocked(result), false)
        }
        if wasAbandoned { pool.removeThread() }
        action?()
    }

    // MARK: The time limit

    /// Reports each document still working at its limit, until the batch ends. Sleeps until the
    /// earliest limit, never more than 50 ms at a time, so that it sees the batch end soon.
    private func watch(limit: UInt64) {
        while true {
            let wait = lock.withLock { () -> UInt64? in
                if stopped || (inputEnded && delivered == taken) { return nil }
                guard let earliest = running.values.lazy.map(\.start).min() else { return limit }
                let now = MonotonicClock.now()
                return earliest + limit > now ? earliest + limit - now : 0
            }
            guard let wait else { return }
            if wait > 0 {
                let nanoseconds = min(wait, 50_000_000)
                var request = timespec(tv_sec: 0, tv_nsec: Int(nanoseconds))
                nanosleep(&request, nil)
            }
            expire(limit: limit)
        }
    }

    private func expire(limit: UInt64) {
        var actions: [() -> Void] = []
        let count = lock.withLock { () -> Int in
            let now = MonotonicClock.now()
            let due = running.filter { now >= $0.value.start + limit }
            for (index, job) in due {
                running.removeValue(forKey: index)
                abandoned.insert(index)
                job.flag.raise(.timedOut)
                let error = BatchStopReason.timedOut.error(limit: processor.configuration.timeLimit)
                let result = BatchResult(id: job.id, index: index, path: job.path, outcome: .failure(error))
                if let action = addReadyLocked(result) { actions.append(action) }
            }
            return due.count
        }
        for _ in 0..<count { pool.addThread() }
        for action in actions { action() }
    }

    // MARK: Stopping

    /// Stops the batch: no document is started any more, those running stop at their next
    /// checkpoint, and a waiting consumer gets `CancellationError`.
    func cancel() {
        let (consumer, producer, tasks) = lock.withLock {
            () -> (
                CheckedContinuation<BatchResult?, any Error>?, CheckedContinuation<Bool, Never>?, [Task<Void, Never>]
            ) in
            guard !stopped else { return (nil, nil, []) }
            stopped = true
            for job in running.values { job.flag.raise(.cancelled) }
            defer {
                self.consumer = nil
                self.producer = nil
            }
            return (self.consumer, self.producer, self.tasks)
        }
        pool.close(droppingQueued: true)
        for task in tasks { task.cancel() }
        producer?.resume(returning: false)
        consumer?.resume(throwing: CancellationError())
    }
}
