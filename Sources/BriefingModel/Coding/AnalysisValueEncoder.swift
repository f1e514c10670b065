/// Encodes an `Encodable` value into an ``AnalysisValue`` (its JSON form), for custom analysis results.
enum AnalysisValueEncoder {
    static func encode(_ value: some Encodable) throws -> AnalysisValue {
        let root = Node()
        try value.encode(to: NodeEncoder(node: root, codingPath: []))
        return root.value
    }

    /// A value being built; containers hold their children by reference, as `Encoder` requires.
    final class Node {
        enum Content {
            case empty
            case leaf(AnalysisValue)
            case object([String: Node])
            case array([Node])
        }

        var content = Content.empty

        var value: AnalysisValue {
            switch content {
            case .empty: .object([:])
            case .leaf(let value): value
            case .object(let members): .object(members.mapValues(\.value))
            case .array(let elements): .array(elements.map(\.value))
            }
        }

        func member(_ name: String) -> Node {
            var members: [String: Node] = [:]
            if case .object(let existing) = content { members = existing }
            if let node = members[name] { return node }
            let node = Node()
            members[name] = node
            content = .object(members)
            return node
        }

        func appendElement() -> Node {
            var elements: [Node] = []
            if case .array(let existing) = content { elements = existing }
            let node = Node()
            elements.append(node)
            content = .array(elements)
            return node
        }

        func makeObject() {
            if case .object = content { return }
            content = .object([:])
        }

        func makeArray() {
            if case .array = content { return }
            content = .array([])
        }
    }

    static func leaf(_ value: some Encodable, at node: Node, codingPath: [any CodingKey]) throws {
        switch value {
        case let value as Bool: node.content = .leaf(.bool(value))
        case let value as String: node.content = .leaf(.string(value))
        case let value as Double: node.content = .leaf(try number(value, codingPath))
        case let value as Float: node.content = .leaf(try number(Double(value), codingPath))
        case let value as any BinaryInteger:
            if let integer = Int(exactly: value) {
                node.content = .leaf(.integer(integer))
            } else {
                node.content = .leaf(try number(Double(value), codingPath))
            }
        default:
            try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
        }
    }

    static func number(_ value: Double, _ codingPath: [any CodingKey]) throws -> AnalysisValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: codingPath, debugDescription: "a number that is not finite has no JSON form"))
        }
        return .normalised(value)
    }

    struct NodeEncoder: Encoder {
        let node: Node
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            node.makeObject()
            return KeyedEncodingContainer(Keyed(node: node, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            node.makeArray()
            return Unkeyed(node: node, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            Single(node: node, codingPath: codingPath)
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { node.member(key.stringValue).content = .leaf(.null) }

        mutating func encode(_ value: some Encodable, forKey key: Key) throws {
            try AnalysisValueEncoder.leaf(value, at: node.member(key.stringValue), codingPath: codingPath + [key])
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            NodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            NodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            NodeEncoder(node: node.member("super"), codingPath: codingPath)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            NodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]
        var count: Int {
            if case .array(let elements) = node.content { return elements.count }
            return 0
        }

        private var nextKey: any CodingKey { AnyCodingKey(intValue: count)! }

        mutating func encodeNil() throws { node.appendElement().content = .leaf(.null) }

        mutating func encode(_ value: some Encodable) throws {
            let key = nextKey
            try AnalysisValueEncoder.leaf(value, at: node.appendElement(), codingPath: codingPath + [key])
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type
        )
            -> KeyedEncodingContainer<NestedKey>
        {
            let key = nextKey
            return NodeEncoder(node: node.appendElement(), codingPath: codingPath + [key]).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let key = nextKey
            return NodeEncoder(node: node.appendElement(), codingPath: codingPath + [key]).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            let key = nextKey
            return NodeEncoder(node: node.appendElement(), codingPath: codingPath + [key])
        }
    }

    struct Single: SingleValueEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]

        mutating func encodeNil() throws { node.content = .leaf(.null) }

        mutating func encode(_ value: some Encodable) throws {
            try AnalysisValueEncoder.leaf(value, at: node, codingPath: codingPath)
        }
    }
}
