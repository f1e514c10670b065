import BriefingModel

/// An error about a file the tool reads or writes: which file, and what went wrong.
///
/// The libraries' ``BriefingError`` is about bytes; the tool knows which file they came from.
struct FileError: Error, CustomStringConvertible {
    /// The file (`<stdin>` for standard input).
    var path: String
    /// What went wrong.
    var error: BriefingError

    init(_ path: String, _ error: BriefingError) {
        self.path = path
        self.error = error
    }

    init(_ path: String, _ code: BriefingError.Code, _ message: String) {
        self.init(path, BriefingError(code, message))
    }

    /// `path:line:column: error: message`, leaving out what is unknown.
    var description: String {
        error.location == nil ? "\(path): \(error.description)" : "\(path):\(error.description)"
    }
}

extension BriefingError.Code {
    /// The input file does not exist.
    static let fileNotFound: Self = "file-not-found"
    /// The input path names a directory or another thing that is not a regular file.
    static let notAFile: Self = "not-a-file"
    /// The input exists but could not be read, or may not be read (outside `--confine-to`).
    static let unreadable: Self = "unreadable"
}
