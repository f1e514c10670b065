public import BriefingModel

/// An error about a file that is read or written: which file, and what went wrong.
///
/// A `BriefingError` is about bytes; the code that read them knows which file they came from. The
/// batch library reads the files that documents name, and the `briefing` tool reads and writes
/// files; both report a failure as a `FileError`, printed as `path:line:column: error: message`.
public struct FileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file (`<stdin>` for standard input).
    public var path: String
    /// What went wrong.
    public var error: BriefingError

    /// Creates an error about `path`.
    public init(_ path: String, _ error: BriefingError) {
        self.path = path
        self.error = error
    }

    /// Creates an error about `path` from a code and a message.
    public init(_ path: String, _ code: BriefingError.Code, _ message: String) {
        self.init(path, BriefingError(code, message))
    }

    /// `path:line:column: error: message`, leaving out what is unknown.
    public var description: String {
        error.location == nil ? "\(path): \(error.description)" : "\(path):\(error.description)"
    }
}

extension BriefingError.Code {
    /// The input file does not exist (or vanished before it could be read).
    public static let fileNotFound: Self = "file-not-found"
    /// The input path names a directory or another thing that is not a regular file, or a folder
    /// that leads back into itself through symbolic links.
    public static let notAFile: Self = "not-a-file"
    /// The input exists but could not be read, or may not be read (outside the folder it is
    /// confined to), or it changed while it was read.
    public static let unreadable: Self = "unreadable"
}
