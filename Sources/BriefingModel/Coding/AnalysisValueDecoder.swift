/// Decodes a `Decodable` value from an ``AnalysisValue``, for custom analysis results.
enum AnalysisValueDecoder {
    static func decode<Value: Decodable>(_ type: Value.Type, from value: AnalysisValue) throws -> Value {
        try decodeValue(type, from: value, codingPath: [])
    }

    static func decodeValue<Value: Decodable>(
        _ type: Value.Type, from value: AnalysisValue, codingPath: [any CodingKey]
    ) throws -> Value {
        if let scalar = try scalar(type, from: value, codingPath: codingPath) { return scalar }
        return try Value(from: ValueDecoder(value: value, codingPath: codingPath))
    }

    /// The standard library's scalar types, read straight from the value; `nil` for other types.
    private static func scalar<Value>(
        _ type: Value.Type, from value: AnalysisValue, codingPath: [any CodingKey]
    ) throws -> Value? {
        func mismatch(_ expected: String) -> DecodingError {
            .typeMismatch(
                Value.self, .init(codingPath: codingPath, debugDescription: "expected \(expected), found \(value)"))
        }
        switch type {
        case is Bool.Type:
            guard case .bool(let flag) = value else { throw mismatch("a boolean") }
            return flag as? Value
        case is String.Type:
            guard case .string(let text) = value else { throw mismatch("a string") }
            return text as? Value
        case is Double.Type, is Float.Type:
            let number: Double
            switch value {
            case .integer(let integer): number = Double(integer)
            case .number(let double): number = double
            default: throw mismatch("a number")
            }
            return (type == Float.self ? Float(number) as Any : number as Any) as? Value
        case let integerType as any FixedWidthInteger.Type:
            let converted: (any FixedWidthInteger)?
            switch value {
            case .integer(let integer): converted = integerType.init(exactly: integer)
            case .number(let double): converted = integerType.init(exactly: double)
            default: throw mismatch("a whole number")
            }
            guard let converted else { throw mismatch("a whole number that fits \(type)") }
            return converted as? Value
        default:
            return nil
        }
    }

    struct ValueDecoder: Decoder {
        let value: AnalysisValue
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            guard case .object(let members) = value else {
                throw DecodingError.typeMismatch(
                    [String: AnalysisValue].self,
                    .init(codingPath: codingPath, debugDescription: "expected an object, found \(value)"))
            }
            return KeyedDecodingContainer(Keyed(members: members, codingPath: codingPath))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            guard case .array(let elements) = value else {
                throw DecodingError.typeMismatch(
                    [AnalysisValue].self,
                    .init(codingPath: codingPath, debugDescription: "expected an array, found \(value)"))
            }
            return Unkeyed(elements: elements, codingPath: codingPath)
        }

        func singleValueContainer() throws -> any SingleValueDecodingContainer {
            Single(value: value, codingPath: codingPath)
        }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let members: [String: AnalysisValue]
        let codingPath: [any CodingKey]
        var allKeys: [Key] { members.keys.sorted().compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

        private func member(_ key: Key) throws -> AnalysisValue {
            guard let value = members[key.stringValue] else {
                throw DecodingError.keyNotFound(
                    key, .init(codingPath: codingPath, debugDescription: "no value for '\(key.stringValue)'"))
            }
            return value
        }

        func decodeNil(forKey key: Key) throws -> Bool { try member(key) == .null }

        func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
            try AnalysisValueDecoder.decodeValue(type, from: member(key), codingPath: codingPath + [key])
        }

        func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type, forKey key: Key
        ) throws -> KeyedDecodingContainer<NestedKey> {
            try ValueDecoder(value: member(key), codingPath: codingPath + [key]).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try ValueDecoder(value: member(key), codingPath: codingPath + [key]).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder {
            ValueDecoder(value: members["super"] ?? .null, codingPath: codingPath)
        }

        func superDecoder(forKey key: Key) throws -> any Decoder {
            ValueDecoder(value: members[key.stringValue] ?? .null, codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let elements: [AnalysisValue]
        let codingPath: [any CodingKey]
        var currentIndex = 0
        var count: Int? { elements.count }
        var isAtEnd: Bool { currentIndex >= elements.count }

        init(elements: [AnalysisValue], codingPath: [any CodingKey]) {
            self.elements = elements
            self.codingPath = codingPath
        }

        private mutating func next() throws -> (AnalysisValue, [any CodingKey]) {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(
                    AnalysisValue.self, .init(codingPath: codingPath, debugDescription: "no more elements"))
            }
            defer { currentIndex += 1 }
            return (elements[currentIndex], codingPath + [AnyCodingKey(intValue: currentIndex)!])
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, elements[currentIndex] == .null else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
            let (value, path) = try next()
            return try AnalysisValueDecoder.decodeValue(type, from: value, codingPath: path)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type
        ) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            let (value, path) = try next()
            return try ValueDecoder(value: value, codingPath: path).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            let (value, path) = try next()
            return try ValueDecoder(value: value, codingPath: path).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder {
            let (value, path) = try next()
            return ValueDecoder(value: value, codingPath: path)
        }
    }

    struct Single: SingleValueDecodingContainer {
        let value: AnalysisValue
        let codingPath: [any CodingKey]

        func decodeNil() -> Bool { value == .null }

        func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
            try AnalysisValueDecoder.decodeValue(type, from: value, codingPath: codingPath)
        }
    }
}
