/// A value in the JSON data model: how a ``CustomAnalysisResult`` is stored in a briefing and written
/// by every exporter, whatever its Swift type.
///
/// Objects keep their members by name (exporters write them in sorted order); a number that is a
/// whole number is stored as ``integer(_:)``, so a value reads back equal from JSON and XML.
public enum AnalysisValue: Sendable, Hashable {
    /// No value.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number.
    case integer(Int)
    /// A number with a fraction (or too large for ``integer(_:)``); never infinite or NaN in exports.
    case number(Double)
    /// Text.
    case string(String)
    /// Values in order.
    case array([AnalysisValue])
    /// Values by name.
    case object([String: AnalysisValue])

    /// `.number(value)`, or `.integer` when `value` is a whole number that `Int` holds exactly.
    public static func normalised(_ value: Double) -> AnalysisValue {
        if value.isFinite, value.rounded() == value, abs(value) < 9_007_199_254_740_992 {
            return .integer(Int(value))
        }
        return .number(value)
    }
}

extension AnalysisValue: Codable {
    /// Decodes any JSON value.
    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: AnyCodingKey.self) {
            var members: [String: AnalysisValue] = [:]
            for key in container.allKeys {
                members[key.stringValue] = try container.decode(AnalysisValue.self, forKey: key)
            }
            self = .object(members)
            return
        }
        if var container = try? decoder.unkeyedContainer() {
            var elements: [AnalysisValue] = []
            while !container.isAtEnd {
                elements.append(try container.decode(AnalysisValue.self))
            }
            self = .array(elements)
            return
        }
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .normalised(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    /// Encodes the value as the JSON value it stands for.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .integer(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .number(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case .object(let members):
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            for (name, value) in members.sorted(by: { $0.key < $1.key }) {
                try container.encode(value, forKey: AnyCodingKey(name))
            }
        }
    }
}

/// A coding key made from any string or integer.
struct AnyCodingKey: CodingKey, Hashable {
    var stringValue: String
    var intValue: Int?

    init(_ string: String) {
        stringValue = string
        intValue = nil
    }

    init?(stringValue: String) { self.init(stringValue) }

    init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}
