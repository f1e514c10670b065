package import CLibXML2

/// One problem libxml2 reported: its message and where it found it.
package struct LibXMLIssue: Sendable, Hashable {
    /// libxml2's message, without a trailing newline.
    package var message: String
    /// The 1-based line, when libxml2 gave one.
    package var line: Int?
    /// The 1-based column, when libxml2 gave one.
    package var column: Int?

    package init(message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }
}

/// Receives libxml2's structured errors for one operation and keeps them as issues.
///
/// Passed to libxml2 as the `userData` of a structured-error callback; it must outlive the
/// libxml2 calls it is registered for (``LibXML/collectingErrors(into:_:)`` sees to that).
package final class IssueCollector {
    package private(set) var issues: [LibXMLIssue] = []
    /// How many issues were reported in all, kept or not.
    package private(set) var count = 0
    /// At most this many issues are kept; a hostile document cannot make the list grow without bound.
    package let limit: Int

    package init(limit: Int = 100) {
        self.limit = limit
    }

    /// The C callback that forwards to the collector passed as `userData`.
    package static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let collector = Unmanaged<IssueCollector>.fromOpaque(userData).takeUnretainedValue()
        collector.add(error.pointee)
    }

    package var userData: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    func add(_ error: xmlError) {
        count += 1
        guard issues.count < limit else { return }
        let message = error.message.map { LibXML.trimmed(String(cString: $0)) } ?? "unknown libxml2 error"
        issues.append(
            LibXMLIssue(
                message: message, line: error.line > 0 ? Int(error.line) : nil,
                column: error.int2 > 0 ? Int(error.int2) : nil))
    }
}
