import Foundation

/// Cleans author names as pages give them: "By Jane Doe and John Roe, Staff Writers | Site"
/// becomes `["Jane Doe", "John Roe"]`.
enum AuthorNames {
    static func clean(_ raw: [String], siteName: String?) -> [String] {
        var names: [String] = []
        var seen = Set<String>()
        for value in raw {
            for name in split(value) {
                let cleaned = cleanOne(name)
                guard let cleaned, cleaned.lowercased() != siteName?.lowercased() else { continue }
                if seen.insert(cleaned.lowercased()).inserted { names.append(cleaned) }
            }
        }
        return Array(names.prefix(20))
    }

    private static func split(_ value: String) -> [String] {
        var text = value.replacingOccurrences(of: "\n", with: ",")
        for separator in [" and ", " And ", " & ", ";", "|", " y ", " und ", " et "] {
            text = text.replacingOccurrences(of: separator, with: ",")
        }
        return text.split(separator: ",").map(String.init)
    }

    private static func cleanOne(_ value: String) -> String? {
        var name = value.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        for prefix in [
            "by ", "By ", "BY ", "von ", "par ", "por ", "Written by ", "Words by ", "Author: ", "Posted by ",
        ] {
            if name.hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)) }
        }
        name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 60, !name.hasPrefix("@"), !name.contains("://"), !name.contains("@"),
            !name.contains(where: \.isNumber)
        else { return nil }
        let words = name.split(separator: " ")
        guard words.count <= 6 else { return nil }
        let roles: Set<String> = [
            "staff", "reporter", "reporters", "correspondent", "editor", "editors", "updated", "published",
            "contributor", "writer", "writers", "columnist", "team", "desk", "read", "min", "minutes", "follow",
            "newsroom", "wire", "agency", "admin", "administrator",
        ]
        if words.contains(where: { roles.contains($0.lowercased()) }) { return nil }
        return name
    }
}
