public import BriefingModel

/// The documents in files and folders: each file given, and every file below each folder whose
/// extension one of the readers claims, found one at a time.
///
/// ```swift
/// let files = try ArticleFiles(["wire/", "extra.md"], readers: readers)
/// for try await result in batch.results(for: files) { … }
/// ```
///
/// Each document's id is its path as found (`wire/2026/a.txt`). Folders are searched depth first,
/// each folder's entries in byte order of their names; hidden entries (`.name`) are left out.
/// Only the folders on the way down are held, never a whole listing, so memory does not grow with
/// the number of files. What cannot be searched takes the place of a document as a failed one,
/// with its path as id: a folder that cannot be opened (`unreadable`), a folder that leads back
/// into one above it through a symbolic link (`not-a-file`; not followed), a file or folder
/// outside the confining folder (`unreadable`).
public struct ArticleFiles: Sequence, Sendable {
    private let paths: [String]
    private let extensions: [String]
    private let skippedSuffixes: [String]
    private let policy: PathPolicy
    private let format: String?

    /// The documents at `paths`.
    ///
    /// - Parameters:
    ///   - paths: Files and folders.
    ///   - readers: The readers whose `BriefingReader.fileExtensions` are searched for in folders.
    ///   - format: The reader every document is read with, or `nil` to choose by each file.
    ///   - skippingSuffixes: Endings of file names to leave out of folders (exports written
    ///     beside their inputs, such as `.json.json`).
    ///   - confinedTo: The folder that every file must be inside, or `nil`.
    /// - Throws: ``FileError`` when `confinedTo` is not an existing folder.
    public init(
        _ paths: [String], readers: ReaderRegistry, format: String? = nil, skippingSuffixes: [String] = [],
        confinedTo: String? = nil
    ) throws(FileError) {
        self.paths = paths
        extensions = readers.names.flatMap { readers.reader(named: $0)?.fileExtensions ?? [] }
        skippedSuffixes = skippingSuffixes
        policy = try PathPolicy(root: confinedTo)
        self.format = format
    }

    /// An iterator over the documents.
    public func makeIterator() -> Iterator {
        Iterator(files: self)
    }

    /// Finds the next document.
    public struct Iterator: IteratorProtocol {
        private let files: ArticleFiles
        private var nextPath = 0
        private var walk: FolderWalk?

        init(files: ArticleFiles) {
            self.files = files
        }

        /// The next document (a failed one where a path cannot be searched), or `nil` at the end.
        public mutating func next() -> BatchDocument? {
            while true {
                if let found = walk?.next() {
                    switch found {
                    case .success(let path): return BatchDocument(id: path, path: path, format: files.format)
                    case .failure(let error): return BatchDocument(failedRecord: error.path, error: error.error)
                    }
                }
                guard nextPath < files.paths.count else { return nil }
                walk = FolderWalk(
                    files.paths[nextPath], extensions: files.extensions, skippingSuffixes: files.skippedSuffixes,
                    policy: files.policy)
                nextPath += 1
            }
        }
    }
}
