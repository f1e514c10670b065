import BriefingModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `briefing export` may read and write.
///
/// With a root (`--confine-to`), every input and output must resolve — symbolic links and `..`
/// followed — to a path inside it; anything else is refused with an error. Outputs written
/// beside their inputs never replace an input.
struct PathPolicy {
    /// The resolved root, or `nil` when nothing is confined.
    let root: String?

    init(root: String?) throws(FileError) {
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
    static func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private func isInside(_ resolved: String) -> Bool {
        guard let root else { return true }
        return resolved == root || resolved.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// Refuses an input outside the root.
    func checkInput(_ path: String) throws(FileError) {
        guard root != nil else { return }
        guard let resolved = Self.resolve(path) else {
            throw FileError(path, .fileNotFound, "no such file")
        }
        guard isInside(resolved) else {
            throw FileError(path, .unreadable, "is outside \(root!); refused")
        }
    }

    /// Refuses an output outside the root, or one that is one of the inputs.
    func checkOutput(_ path: String, inputs: [String]) throws(FileError) {
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
    /// of `extensions` (sorted), leaving out files that are themselves exports (`NAME.FORMAT.EXTENSION`).
    func articles(
        at path: String, extensions: [String], skippingSuffixes suffixes: [String]
    ) throws(FileError)
        -> [String]
    {
        try checkInput(path)
        guard Self.isDirectory(path) else { return [path] }
        var found: [String] = []
        collect(path, extensions: extensions.map { "." + $0 }, suffixes: suffixes, into: &found)
        return found.sorted()
    }

    private func collect(_ folder: String, extensions: [String], suffixes: [String], into found: inout [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                String(cString: buffer.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name.hasPrefix(".") { continue }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if Self.isDirectory(path) {
                if let resolved = Self.resolve(path), isInside(resolved) {
                    collect(path, extensions: extensions, suffixes: suffixes, into: &found)
                }
            } else if extensions.contains(where: { name.hasSuffix($0) })
                && !suffixes.contains(where: { name.hasSuffix($0) })
            {
                if let resolved = Self.resolve(path), isInside(resolved) { found.append(path) }
            }
        }
    }

    /// `NAME.FORMAT.EXTENSION` beside `input`, checked against the root and the input.
    func besideOutput(for input: String, format: ExportFormat) throws(FileError) -> String {
        let file = Self.name(of: input)
        let base = file.lastIndex(of: ".").map { String(file[..<$0]) } ?? file
        let folder = Self.parent(of: input)
        let output =
            (folder == "." && !input.hasPrefix("./") ? "" : folder + "/")
            + "\(base).\(format.name).\(format.fileExtension)"
        try checkOutput(output, inputs: [input])
        return output
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
