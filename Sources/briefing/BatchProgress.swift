#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What `briefing batch` says on standard error: a progress line while it is a terminal, and a
/// summary at the end.
final class BatchProgress: @unchecked Sendable {
    let showsProgress: Bool
    private let lock = ToolLock()
    private let start = BatchProgress.now()
    private var done = 0
    private var failures = 0
    private var bytes = 0
    private var total: Int?
    private var lastDrawn = 0.0
    private var drawn = false

    init(showsProgress: Bool) {
        self.showsProgress = showsProgress
    }

    /// How many documents failed so far.
    var failed: Int { lock.withLock { failures } }

    /// Sets the number of documents, once known (files and folders are counted beside the work).
    func setTotal(_ count: Int) {
        lock.withLock { total = count }
    }

    /// Counts a result, and redraws the progress line at most ten times a second.
    func add(bytes count: Int, failed: Bool) {
        let line = lock.withLock { () -> String? in
            done += 1
            bytes += count
            if failed { failures += 1 }
            guard showsProgress else { return nil }
            let now = Self.now()
            guard now - lastDrawn >= 0.1 else { return nil }
            lastDrawn = now
            drawn = true
            return progressLineLocked(now: now)
        }
        if let line { Self.printError("\r\u{1B}[K" + line) }
    }

    /// Clears the progress line, if one was drawn.
    func clearLine() {
        let clear = lock.withLock { () -> Bool in
            defer { drawn = false }
            return drawn
        }
        if clear { Self.printError("\r\u{1B}[K") }
    }

    private func progressLineLocked(now: Double) -> String {
        let seconds = max(now - start, 1e-9)
        let rate = Double(done) / seconds
        var line = "briefing batch: \(done)"
        if let total { line += "/\(total)" }
        line += " documents, \(Self.format(rate, digits: 0))/s, \(failures) failed"
        if let total, rate > 0, total >= done {
            let left = Int((Double(total - done) / rate).rounded())
            line += ", about \(left / 60):\(left % 60 < 10 ? "0" : "")\(left % 60) left"
        }
        return line
    }

    /// `briefing batch: 2000 documents, 3 failed, 12.4 MB, 4.1 s (487 documents/s)`.
    func printSummary(interrupted: Bool) {
        let line = lock.withLock { () -> String in
            let seconds = Self.now() - start
            let rate = seconds > 0 ? Double(done) / seconds : 0
            return
                "briefing batch: \(interrupted ? "interrupted; " : "")\(done) documents\(interrupted ? " written" : ""), "
                + "\(failures) failed, \(Self.format(Double(bytes) / 1e6, digits: 1)) MB, "
                + "\(Self.format(seconds, digits: 1)) s (\(Self.format(rate, digits: 0)) documents/s)\n"
        }
        Self.printError(line)
    }

    private static func format(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if digits == 0 { return String(Int(rounded)) }
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        }
        return text
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func printError(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }
}
