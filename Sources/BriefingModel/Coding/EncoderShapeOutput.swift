/// Writes the JSON shape of a briefing into a Swift `Encoder`: the model's `Encodable`
/// conformance, so that `JSONEncoder` (or any other encoder) gives what ``JSONShapeWriter`` says.
struct EncoderShapeOutput: JSONShapeOutput {
    private enum Container {
        case keyed(KeyedEncodingContainer<AnyCodingKey>)
        case unkeyed(any UnkeyedEncodingContainer)
    }

    private let encoder: any Encoder
    private var stack: [Container] = []
    private var pendingKey = AnyCodingKey("")
    /// The first error an encoder container threw; the rest of the writing is ignored.
    private(set) var failure: (any Error)?

    private init(encoder: any Encoder) {
        self.encoder = encoder
    }

    /// Writes one node with `body` into `encoder`.
    static func encode(to encoder: any Encoder, _ body: (inout JSONShapeWriter<EncoderShapeOutput>) -> Void) throws {
        var writer = JSONShapeWriter(output: EncoderShapeOutput(encoder: encoder))
        body(&writer)
        if let failure = writer.output.failure { throw failure }
    }

    private mutating func attempt(_ body: () throws -> Void) {
        guard failure == nil else { return }
        do { try body() } catch { failure = error }
    }

    private mutating func push(keyed: Bool) {
        guard let top = stack.popLast() else {
            stack.append(
                keyed ? .keyed(encoder.container(keyedBy: AnyCodingKey.self)) : .unkeyed(encoder.unkeyedContainer()))
            return
        }
        switch top {
        case .keyed(var container):
            let nested: Container =
                keyed
                ? .keyed(container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: pendingKey))
                : .unkeyed(container.nestedUnkeyedContainer(forKey: pendingKey))
            stack.append(.keyed(container))
            stack.append(nested)
        case .unkeyed(var container):
            let nested: Container =
                keyed
                ? .keyed(container.nestedContainer(keyedBy: AnyCodingKey.self))
                : .unkeyed(container.nestedUnkeyedContainer())
            stack.append(.unkeyed(container))
            stack.append(nested)
        }
    }

    private mutating func scalar(_ value: some Encodable, isNil: Bool = false) {
        let key = pendingKey
        guard let top = stack.popLast() else {
            let encoder = self.encoder
            attempt {
                var container = encoder.singleValueContainer()
                if isNil { try container.encodeNil() } else { try container.encode(value) }
            }
            return
        }
        switch top {
        case .keyed(var container):
            attempt {
                if isNil { try container.encodeNil(forKey: key) } else { try container.encode(value, forKey: key) }
            }
            stack.append(.keyed(container))
        case .unkeyed(var container):
            attempt { if isNil { try container.encodeNil() } else { try container.encode(value) } }
            stack.append(.unkeyed(container))
        }
    }

    mutating func beginObject(inline: Bool) { push(keyed: true) }
    mutating func endObject() { _ = stack.popLast() }
    mutating func beginArray() { push(keyed: false) }
    mutating func endArray() { _ = stack.popLast() }
    mutating func element() {}
    mutating func key(_ name: StaticString) { pendingKey = AnyCodingKey(name.description) }
    mutating func dynamicKey(_ name: String) { pendingKey = AnyCodingKey(name) }
    mutating func null() { scalar(0, isNil: true) }
    mutating func bool(_ value: Bool) { scalar(value) }
    mutating func int(_ value: Int) { scalar(value) }
    mutating func double(_ value: Double) { value.isFinite ? scalar(value) : null() }
    mutating func string(_ value: String) { scalar(value) }
}
