import CLibXML2

/// The one place that starts libxml2 and reads its errors.
///
/// `xmlInitParser()` runs once, on first use, in a thread-safe `static let`. The library never
/// calls `xmlCleanupParser()`: that would pull libxml2 out from under other users in the process.
enum LibXML {
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Makes sure libxml2 is initialised; call before any other libxml2 function.
    static func start() {
        _ = initialised
    }

    /// Parser options that are safe for untrusted input: no network, no entity substitution, no
    /// DTD loading or defaulting, no XInclude, and no messages printed on standard error.
    static let safeParseOptions = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// The message of libxml2's last error on this thread, without its trailing newline.
    static func lastErrorMessage(or fallback: String) -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return fallback }
        return trimmed(String(cString: message))
    }

    /// A libxml2 message without its trailing newline.
    static func trimmed(_ message: String) -> String {
        var text = message
        while let last = text.last, last == "\n" || last == " " { text.removeLast() }
        return text
    }

    /// Converts a libxml2 string to Swift and frees it.
    static func take(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        defer { cbx_xmlFree(pointer) }
        return String(cString: pointer)
    }
}
