package import BriefingModel
import CLibXML2

/// Owns one libxml2 `xmlTextWriter` writing UTF-8 into an `xmlBuffer`, and frees both.
///
/// The writing methods do not throw, so that a visitor can call them freely: the first failure
/// is kept, later calls do nothing, and ``finish()`` throws it as a ``BriefingError`` carrying
/// libxml2's message. Text that holds a character XML 1.0 forbids is not written; the writer
/// notes it in ``metForbiddenCharacter`` so that the exporter can repair the briefing and start
/// again. No libxml2 type leaves this class.
package final class XMLStreamWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var failure: BriefingError?
    /// Where text from a briefing's storage is copied to be NUL-terminated for libxml2.
    private var scratch = ContiguousArray<UInt8>()
    /// Whether some text could not be written because XML 1.0 forbids one of its characters.
    package private(set) var metForbiddenCharacter = false

    package init(indent: Bool) throws(BriefingError) {
        LibXML.start()
        guard let buffer = xmlBufferCreate() else {
            throw BriefingError(.exportFailed, "libxml2 could not allocate an output buffer")
        }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw BriefingError(.exportFailed, LibXML.lastErrorMessage(or: "libxml2 could not create a writer"))
        }
        self.buffer = buffer
        self.writer = writer
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Whether writing should go on: no failure yet and no forbidden character met.
    package var isWriting: Bool { failure == nil && !metForbiddenCharacter }

    private func check(_ result: Int32, _ what: @autoclosure () -> String) {
        if result < 0 && failure == nil {
            failure = BriefingError(.exportFailed, LibXML.lastErrorMessage(or: "libxml2 failed to write \(what())"))
        }
    }

    private func isWritable(_ value: String) -> Bool {
        if XMLCharacters.hasForbidden(value) { metForbiddenCharacter = true }
        return isWriting
    }

    package func startDocument() {
        guard isWriting else { return }
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "the XML declaration")
    }

    package func startElement(_ name: String) {
        guard isWriting else { return }
        check(xmlTextWriterStartElement(writer, name), "<\(name)>")
    }

    package func endElement() {
        guard isWriting else { return }
        check(xmlTextWriterEndElement(writer), "an end tag")
    }

    /// Writes an attribute, escaped.
    package func attribute(_ name: String, _ value: String) {
        guard isWritable(value) else { return }
        check(xmlTextWriterWriteAttribute(writer, name, value), "attribute \(name)")
    }

    /// Writes text, escaped.
    package func text(_ value: String) {
        guard isWritable(value) else { return }
        check(xmlTextWriterWriteString(writer, value), "text")
    }

    /// Writes text stored in a briefing's shared storage, escaped, without making a string of it
    /// (libxml2 wants it NUL-terminated: it is copied into a buffer the writer keeps).
    package func text(_ value: TextSlice) {
        value.withUTF8 { bytes in
            if XMLCharacters.hasForbidden(bytes) { metForbiddenCharacter = true }
            guard isWriting else { return }
            if scratch.count < bytes.count + 1 { scratch = ContiguousArray(repeating: 0, count: 2 * bytes.count + 64) }
            scratch.withUnsafeMutableBufferPointer { buffer in
                _ = UnsafeMutableBufferPointer(rebasing: buffer[0..<bytes.count]).initialize(from: bytes)
                buffer[bytes.count] = 0
                check(xmlTextWriterWriteString(writer, buffer.baseAddress!), "text")
            }
        }
    }

    /// Writes `<name>value</name>` from a briefing's shared storage.
    package func element(_ name: String, _ value: TextSlice) {
        startElement(name)
        text(value)
        endElement()
    }

    /// Writes `<name>value</name>` from a briefing's shared storage when there is a value.
    package func element(_ name: String, _ value: TextSlice?) {
        if let value { element(name, value) }
    }

    /// Writes `<name>value</name>`.
    package func element(_ name: String, _ value: String) {
        startElement(name)
        text(value)
        endElement()
    }

    /// Writes `<name>value</name>` when there is a value.
    package func element(_ name: String, _ value: String?) {
        if let value { element(name, value) }
    }

    /// Ends the document and returns the bytes written.
    ///
    /// - Throws: the first libxml2 failure met while writing.
    package func finish() throws(BriefingError) -> [UInt8] {
        if isWriting {
            check(xmlTextWriterEndDocument(writer), "the end of the document")
            check(xmlTextWriterFlush(writer), "the buffer")
        }
        if let failure { throw failure }
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }
}
