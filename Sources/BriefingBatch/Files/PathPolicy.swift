package import BriefingModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the tool and the batch may read and write.
///
/// With a root (`--confine-to`), every input and output must resolve — symbolic links and `..`
/// followed — to a path inside it; anything else is refused with an error. Outputs written
/// beside their inputs never replace an input.
package struct PathPolicy: Sendable {
    /// The resolved root, or `nil` when nothing is confined.
    package let root: String?

    /// A policy confined to `root`, or one that allows everything when `root` is `nil`.
    ///
    /// - Throws: ``FileError`` with code `not-a-file` when `root` is not an existing folder.
    package init(root: String?) throws(FileError) {
        guard let root else {
            self.root = nil
            return
        }
        guard let resolved = Self.resolve(root), Self.isDirectory(resolved) else {
            throw FileError(root, .notAFile, "the folder to confine to does not exist")
        }
        self.root = resolved
    }

    /// The absolute path with links and `..` resolved, if it exists.
    package static func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` is a folder (following links).
    package static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether a resolved path is inside the root (always, when there is none).
    package func isInside(_ resolved: String) -> Bool {
        guard let root else { return true }
        return resolved == root || resolved.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// Refuses an input outside the root.
    package func checkInput(_ path: String) throws(FileError) {
        guard root != nil else { return }
        guard let resolved = Self.resolve(path) else {
            throw FileError(path, .fileNotFound, "no such file")
        }
        guard isInside(resolved) else {
            throw FileError(path, .unreadable, "is outside \(root!); refused")
        }
    }

    /// Refuses an output outside the root, or one that is one of the inputs.
    package func checkOutput(_ path: String, inputs: [String]) throws(FileError) {
        let folder = Self.parent(of: path)
        guard let resolvedFolder = Self.resolve(folder) else {
            throw FileError(path, .unwritable, "the folder \(folder) does not exist")
        }
        let resolved = resolvedFolder + "/" + Self.name(of: path)
        if root != nil && !isInside(resolvedFolder) {
            throw FileError(path, .unwritable, "is outside \(root!); refused")
        }
        for input in inputs where input != "-" {
            if let resolvedInput = Self.resolve(input), resolvedInput == (Self.resolve(path) ?? resolved) {
                throw FileError(path, .unwritable, "is the input itself; refusing to overwrite it")
            }
        }
    }

    /// The articles at `path`: the file itself, or every file below a folder whose extension is one
    /// of `extensions`, in the order of ``FolderWalk``, leaving out files that are themselves
    /// exports (`NAME.FORMAT.EXTENSION`); what cannot be searched or read is an error in its place.
    package func articles(
        at path: String, extensions: [String], skippingSuffixes suffixes: [String]
    ) -> [Result<String, FileError>] {
        Array(FolderWalk(path, extensions: extensions, skippingSuffixes: suffixes, policy: self))
    }

    /// `NAME.FORMAT.EXTENSION` beside `input`, checked against the root and the input.
    package func besideOutput(for input: String, format: ExportFormat) throws(FileError) -> String {
        let file = Self.name(of: input)
        let base = file.lastIndex(of: ".").map { String(file[..<$0]) } ?? file
        let folder = Self.parent(of: input)
        let output =
            (folder == "." && !input.hasPrefix("./") ? "" : folder + "/")
            + "\(base).\(format.name).\(format.fileExtension)"
        try checkOutput(output, inputs: [input])
        return output
    }

    /// The folder part of `path` (`.` when there is none).
    package static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// The last part of `path`.
    package static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
