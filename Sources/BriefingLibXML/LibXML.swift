package import CLibXML2

/// The one place that starts libxml2 and routes its errors.
///
/// `xmlInitParser()` runs once, on first use, in a thread-safe `static let`. The library never
/// calls `xmlCleanupParser()`: that would pull libxml2 out from under other users in the process.
/// Every sequence of libxml2 calls runs on one thread without suspending (libxml2 keeps its error
/// state per thread).
package enum LibXML {
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Makes sure libxml2 is initialised; call before any other libxml2 function.
    package static func start() {
        _ = initialised
    }

    /// Parser options that are safe for untrusted input: no network, no entity substitution, no
    /// DTD loading or defaulting, no XInclude, and no messages printed on standard error.
    package static let safeParseOptions = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// Runs `body` with libxml2's structured errors on this thread going to `collector`, then puts
    /// back whatever handler was there before (a host program's own, say).
    package static func collectingErrors<Result, Failure: Error>(
        into collector: IssueCollector, _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let previousFunction = cbx_structuredErrorFunction()
        let previousContext = cbx_structuredErrorContext()
        xmlSetStructuredErrorFunc(collector.userData, IssueCollector.callback)
        defer { xmlSetStructuredErrorFunc(previousContext, previousFunction) }
        return try withExtendedLifetime(collector) { () throws(Failure) -> Result in try body() }
    }

    /// The message of libxml2's last error on this thread, without its trailing newline.
    package static func lastErrorMessage(or fallback: String) -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return fallback }
        return trimmed(String(cString: message))
    }

    /// A libxml2 message without its trailing newline.
    package static func trimmed(_ message: String) -> String {
        var text = message
        while let last = text.last, last == "\n" || last == " " { text.removeLast() }
        return text
    }

    /// Converts a libxml2 string to Swift and frees it.
    package static func take(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        defer { cbx_xmlFree(pointer) }
        return String(cString: pointer)
    }
}
