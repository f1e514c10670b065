import CLibXML2

/// Receives libxml2's structured errors for one operation and keeps them as issues.
///
/// Passed to libxml2 as the `userData` of a structured-error callback; it must outlive the
/// libxml2 calls it is registered for (callers hold it in a local for that span).
final class IssueCollector {
    private(set) var issues: [XMLValidationIssue] = []
    /// At most this many issues are kept; a hostile document cannot make the list grow without bound.
    static let limit = 100

    /// The C callback that forwards to the collector passed as `userData`.
    static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let collector = Unmanaged<IssueCollector>.fromOpaque(userData).takeUnretainedValue()
        collector.add(error.pointee)
    }

    var userData: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    func add(_ error: xmlError) {
        guard issues.count < Self.limit else { return }
        let message = error.message.map { LibXML.trimmed(String(cString: $0)) } ?? "unknown libxml2 error"
        issues.append(
            XMLValidationIssue(
                message: message, line: error.line > 0 ? Int(error.line) : nil,
                column: error.int2 > 0 ? Int(error.int2) : nil))
    }
}
