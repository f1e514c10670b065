import BriefingModel

extension BatchDocument {
    /// The document a line of NDJSON input describes, or a failed record that says what is wrong
    /// with the line.
    ///
    /// A record is one JSON object: `id` (a string), exactly one input — `path` (a file),
    /// `text` (plain text, unless `format` names another reader), `html` or `markdown` (the
    /// document itself) — and optionally `url` and `format`. Other members are ignored:
    ///
    /// ```json
    /// {"id": "a-17", "path": "wire/a-17.txt"}
    /// {"id": "b", "html": "<!doctype html><title>…", "url": "https://example.com/b"}
    /// ```
    ///
    /// A line that is not such a record becomes a failed record with code
    /// `invalid-record` and a message that gives `lineNumber`; its id is kept
    /// when it was read before the fault, so that the failure can be matched to its input.
    ///
    /// - Parameters:
    ///   - line: The line, without its line feed (a carriage return before it is allowed).
    ///   - lineNumber: The line's number in the input, from 1, for messages.
    public init(ndjsonLine line: UnsafeRawBufferPointer, lineNumber: Int) {
        let (fields, failure) = RecordParser.parse(line.assumingMemoryBound(to: UInt8.self))
        self.init(fields: fields, failure: failure, lineNumber: lineNumber)
    }

    /// A record from the fields read and the parser's failure, if any.
    init(fields: RecordParser.Fields, failure: RecordParser.Failure?, lineNumber: Int) {
        func failed(_ message: String) -> BatchDocument {
            BatchDocument(
                failedRecord: fields.id, error: BriefingError(.invalidRecord, "line \(lineNumber): \(message)"))
        }
        if let failure {
            self = failed("not a valid record: \(failure.message) (at byte \(failure.offset + 1))")
            return
        }
        guard let id = fields.id else {
            self = failed("the record has no 'id' (a string that names it in the output)")
            return
        }
        guard fields.inputs.count == 1 else {
            self =
                fields.inputs.isEmpty
                ? failed("the record has no input: give one of 'path', 'text', 'html' or 'markdown'")
                : failed(
                    "the record has \(fields.inputs.count) inputs ("
                        + fields.inputs.map { "'\($0)'" }.joined(separator: ", ") + "); give exactly one")
            return
        }
        if let path = fields.path {
            self.init(id: id, path: path, format: fields.format, url: fields.url)
        } else if let text = fields.text {
            self.init(id: id, bytes: text, format: fields.format ?? "plaintext", url: fields.url)
        } else {
            let (bytes, format) = fields.html.map { ($0, "html") } ?? (fields.markdown!, "markdown")
            if let named = fields.format, named != format {
                self = failed("the record gives '\(format)' with the format '\(named)'; leave 'format' out")
                return
            }
            self.init(id: id, bytes: bytes, format: format, url: fields.url)
        }
    }

    /// A record too long to read, from the start of its line: failed with
    /// `input-too-large`, keeping the id when the start gives it.
    init(oversizedLine prefix: UnsafeRawBufferPointer, length: Int, limit: Int, lineNumber: Int) {
        let (fields, _) = RecordParser.parse(prefix.assumingMemoryBound(to: UInt8.self))
        self.init(
            failedRecord: fields.id,
            error: BriefingError(
                .inputTooLarge,
                "line \(lineNumber): the record is \(length == Int.max ? "more than \(limit)" : "\(length)") bytes, "
                    + "over the limit of \(limit) bytes for a line; raise --max-input-size"))
    }
}
