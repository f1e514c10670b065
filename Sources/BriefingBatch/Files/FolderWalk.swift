import BriefingModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The article files at a path, found one at a time: the file itself, or the files below a folder
/// whose extension is one a reader claims, depth first, each folder's entries sorted by name.
///
/// A walk keeps only the folders on the way down (never the whole listing), so a folder of a
/// million files costs no more memory than one of ten. Hidden entries (`.name`) are left out, and
/// so are files named like exports (`NAME.FORMAT.EXTENSION`, given as `skippingSuffixes`). What
/// cannot be searched is an error in its place, never skipped in silence: a folder that cannot be
/// opened, a link that leads outside the confined root, and a folder that leads back into one of
/// the folders above it through a symbolic link (which is not followed again).
package struct FolderWalk: Sequence, IteratorProtocol {
    private struct Level {
        let path: String
        let names: [String]
        var next = 0
        let identity: FileIdentity
    }

    private struct FileIdentity: Equatable {
        let device: UInt64
        let inode: UInt64
    }

    private let extensions: [String]
    private let suffixes: [String]
    private let policy: PathPolicy
    private var levels: [Level] = []
    private var start: String?

    /// A walk of `path` for files with one of `extensions` (without the dot).
    package init(_ path: String, extensions: [String], skippingSuffixes suffixes: [String], policy: PathPolicy) {
        self.extensions = extensions.map { "." + $0.lowercased() }
        self.suffixes = suffixes
        self.policy = policy
        start = path
    }

    /// The next article file, or the error that stands in the place of one; `nil` at the end.
    package mutating func next() -> Result<String, FileError>? {
        if let path = start {
            start = nil
            do throws(FileError) {
                try policy.checkInput(path)
            } catch {
                return .failure(error)
            }
            guard let identity = Self.identity(of: path), PathPolicy.isDirectory(path) else { return .success(path) }
            if let failure = enter(path, identity: identity) { return .failure(failure) }
        }
        while !levels.isEmpty {
            let level = levels.count - 1
            guard levels[level].next < levels[level].names.count else {
                levels.removeLast()
                continue
            }
            let name = levels[level].names[levels[level].next]
            levels[level].next += 1
            let folder = levels[level].path
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if PathPolicy.isDirectory(path) {
                guard let resolved = PathPolicy.resolve(path), policy.isInside(resolved) else {
                    return .failure(FileError(path, .unreadable, "is outside \(policy.root ?? "/"); refused"))
                }
                guard let identity = Self.identity(of: path) else { continue }
                if let ancestor = levels.first(where: { $0.identity == identity }) {
                    return .failure(
                        FileError(
                            path, .notAFile,
                            "leads back into \(ancestor.path) through a symbolic link (a loop); not followed"))
                }
                if let failure = enter(path, identity: identity) { return .failure(failure) }
            } else if isArticle(name) {
                if policy.root != nil {
                    guard let resolved = PathPolicy.resolve(path) else {
                        return .failure(FileError(path, .fileNotFound, "no such file (a broken link?)"))
                    }
                    guard policy.isInside(resolved) else {
                        return .failure(FileError(path, .unreadable, "is outside \(policy.root!); refused"))
                    }
                }
                return .success(path)
            }
        }
        return nil
    }

    private func isArticle(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return extensions.contains { lowered.hasSuffix($0) } && !suffixes.contains { name.hasSuffix($0) }
    }

    /// Lists `path` and descends into it; the error when it cannot be listed.
    private mutating func enter(_ path: String, identity: FileIdentity) -> FileError? {
        guard let directory = opendir(path) else {
            return FileError(path, .unreadable, "cannot search the folder: \(InputFile.message(errno))")
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                String(cString: buffer.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        // Byte order, as `sort` in the C locale: the same on every machine.
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        levels.append(Level(path: path, names: names, identity: identity))
        return nil
    }

    private static func identity(of path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
