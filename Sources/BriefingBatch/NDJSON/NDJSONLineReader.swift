import BriefingModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `read(2)`, named apart from the reader's methods.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Reads NDJSON records from a file descriptor, one line at a time, blocking.
///
/// A line is held whole only up to `limit` bytes; past that the rest of it is read and dropped,
/// and the record fails with `input-too-large` (keeping the id, when the line's first 64 KiB give
/// it). Lines of white space only are not records and are passed over. Used by one thread at a
/// time (the reading thread of ``NDJSONDocuments``), hence `@unchecked Sendable`.
final class NDJSONLineReader: @unchecked Sendable {
    /// How much of an over-long line is kept to find its id.
    static let keptPrefix = 1 << 16

    private let descriptor: Int32
    private let limit: Int
    private var chunk: [UInt8]
    private var start = 0
    private var end = 0
    private var line: [UInt8] = []
    private var overflow = 0
    private var lineNumber = 0
    private var atEnd = false

    init(descriptor: Int32, limit: Int) {
        self.descriptor = descriptor
        self.limit = limit
        chunk = [UInt8](repeating: 0, count: 1 << 18)
    }

    /// The records whose lines are already read (at most `limit` of them): never blocks, so that a
    /// batch takes several records a trip to the reading thread without waiting for more input.
    func buffered(upTo limit: Int) -> [BatchDocument] {
        var documents: [BatchDocument] = []
        while documents.count < limit && start < end {
            let newline = chunk.withUnsafeBytes { buffer -> Int? in
                guard let found = memchr(buffer.baseAddress! + start, 0x0A, end - start) else { return nil }
                return buffer.baseAddress!.distance(to: UnsafeRawPointer(found))
            }
            guard let newline else { break }
            append(start..<newline)
            start = newline + 1
            if let document = finishLine() { documents.append(document) }
        }
        return documents
    }

    /// The next record, or `nil` at the end of the input.
    func next() throws(FileError) -> BatchDocument? {
        while true {
            if start == end {
                if atEnd { return nil }
                try fill()
                if start == end {
                    atEnd = true
                    if line.isEmpty && overflow == 0 { return nil }
                    if let document = finishLine() { return document }
                    return nil
                }
            }
            let newline = chunk.withUnsafeBytes { buffer -> Int? in
                guard let found = memchr(buffer.baseAddress! + start, 0x0A, end - start) else { return nil }
                return buffer.baseAddress!.distance(to: UnsafeRawPointer(found))
            }
            let segmentEnd = newline ?? end
            append(start..<segmentEnd)
            start = newline.map { $0 + 1 } ?? end
            if newline != nil, let document = finishLine() { return document }
        }
    }

    private func append(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if overflow > 0 || line.count + range.count > limit {
            if overflow == 0 { overflow = line.count }
            if line.count < Self.keptPrefix {
                let kept = min(range.count, Self.keptPrefix - line.count)
                line.append(contentsOf: chunk[range.lowerBound..<(range.lowerBound + kept)])
            }
            overflow += range.count
        } else {
            line.append(contentsOf: chunk[range])
        }
    }

    /// The record of the line read, or `nil` for a blank line.
    private func finishLine() -> BatchDocument? {
        lineNumber += 1
        defer {
            line.removeAll(keepingCapacity: line.capacity <= 1 << 20)
            overflow = 0
        }
        if overflow > 0 {
            return line.withUnsafeBytes {
                BatchDocument(oversizedLine: $0, length: overflow, limit: limit, lineNumber: lineNumber)
            }
        }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        return line.withUnsafeBytes { BatchDocument(ndjsonLine: $0, lineNumber: lineNumber) }
    }

    private func fill() throws(FileError) {
        start = 0
        end = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 {
                end = count
                return
            }
            switch errno {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                // A descriptor left non-blocking by whoever gave it: wait until it can be read.
                var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                _ = poll(&request, 1, -1)
            default:
                throw FileError("<stdin>", .unreadable, "cannot read the records: \(InputFile.message(errno))")
            }
        }
    }
}
