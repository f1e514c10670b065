public import Foundation

/// A small JSON Schema (draft 2020-12) validator for the keywords `Schemas/briefing.schema.json`
/// uses: `$ref` (local), `type`, `properties`, `required`, `additionalProperties`, `items`,
/// `enum`, `const`, `anyOf`, `oneOf`, `minimum`, `maximum` and `pattern`.
///
/// Shared by the tests of the JSON exporter and of the batch's NDJSON lines. It refuses a schema keyword it does not know, so the schema cannot outgrow the check silently.
public struct SchemaValidator {
    let root: [String: Any]

    static let knownKeywords: Set<String> = [
        "$schema", "$id", "$defs", "$ref", "title", "description", "type", "properties", "required",
        "additionalProperties", "items", "enum", "const", "anyOf", "oneOf", "minimum", "maximum", "pattern",
    ]

    /// Reads the schema at `url`.
    public init(schemaAt url: URL) throws {
        root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    /// The problems found in `document`, each as `path: message`; empty when it is valid.
    public func validate(_ document: Any) -> [String] {
        var errors: [String] = []
        check(document, against: root, at: "$", errors: &errors)
        return errors
    }

    private func resolve(_ reference: String) -> [String: Any] {
        precondition(reference.hasPrefix("#/"), "only local references are supported")
        var node: Any = root
        for part in reference.dropFirst(2).split(separator: "/") {
            node = (node as! [String: Any])[String(part)]!
        }
        return node as! [String: Any]
    }

    private func check(_ value: Any, against schema: [String: Any], at path: String, errors: inout [String]) {
        for keyword in schema.keys where !Self.knownKeywords.contains(keyword) {
            errors.append("\(path): schema keyword '\(keyword)' is not supported by the test validator")
        }
        if let reference = schema["$ref"] as? String {
            check(value, against: resolve(reference), at: path, errors: &errors)
        }
        if let type = schema["type"] {
            let types = (type as? [String]) ?? [type as! String]
            if !types.contains(where: { Self.matches(value, type: $0) }) {
                errors.append("\(path): expected \(types.joined(separator: " or ")), found \(Self.typeName(value))")
                return
            }
        }
        if let allowed = schema["enum"] as? [Any], !allowed.contains(where: { Self.equal($0, value) }) {
            errors.append("\(path): \(value) is not one of the allowed values")
        }
        if let constant = schema["const"], !Self.equal(constant, value) {
            errors.append("\(path): expected \(constant)")
        }
        if let options = schema["anyOf"] as? [[String: Any]] {
            let passing = options.filter { option in
                var scratch: [String] = []
                check(value, against: option, at: path, errors: &scratch)
                return scratch.isEmpty
            }
            if passing.isEmpty { errors.append("\(path): matches none of anyOf") }
        }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let passing = options.filter { option in
                var scratch: [String] = []
                check(value, against: option, at: path, errors: &scratch)
                return scratch.isEmpty
            }
            if passing.count != 1 { errors.append("\(path): matches \(passing.count) of oneOf, not exactly one") }
        }
        if let number = value as? NSNumber, !(value is Bool) {
            if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum {
                errors.append("\(path): \(number) is less than \(minimum)")
            }
            if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum {
                errors.append("\(path): \(number) is more than \(maximum)")
            }
        }
        if let string = value as? String, let pattern = schema["pattern"] as? String,
            string.range(of: pattern, options: .regularExpression) == nil
        {
            errors.append("\(path): '\(string)' does not match \(pattern)")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                errors.append("\(path): missing required key '\(key)'")
            }
            for (key, member) in object {
                if let propertySchema = properties[key] {
                    check(member, against: propertySchema, at: "\(path).\(key)", errors: &errors)
                } else if (schema["additionalProperties"] as? Bool) == false {
                    errors.append("\(path): key '\(key)' is not allowed")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() {
                check(element, against: items, at: "\(path)[\(index)]", errors: &errors)
            }
        }
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "string": return value is String
        case "boolean": return isBool(value)
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "integer":
            guard let number = value as? NSNumber, !isBool(value) else { return false }
            return number.doubleValue.rounded() == number.doubleValue
        case "number": return value is NSNumber && !isBool(value)
        default: return false
        }
    }

    private static func isBool(_ value: Any) -> Bool {
        // JSONSerialization gives booleans as NSNumbers whose Objective-C type is `char`.
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    private static func typeName(_ value: Any) -> String {
        for type in ["null", "boolean", "string", "object", "array", "integer", "number"]
        where matches(value, type: type) {
            return type
        }
        return "unknown"
    }

    private static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        switch (lhs, rhs) {
        case (is NSNull, is NSNull): return true
        case (let a as String, let b as String): return a == b
        case (let a as NSNumber, let b as NSNumber): return a == b && isBool(a) == isBool(b)
        default: return false
        }
    }
}
