/// Work that analysers share while a pipeline runs: a tokenised text, an index of names.
///
/// An ``AnalysisPipeline`` hands one cache to each of its analysers in turn, so that the second
/// analyser to need, say, the sentences of the article finds them already split. Values are
/// keyed by their type; define a type of your own for what your analysers share:
///
/// ```swift
/// let index = cache.value(for: MyIndex.self) { MyIndex(briefing) }
/// ```
///
/// Analysers leave the outline as the reader made it, so what one caches from the text stays
/// valid for the next; a value made from something an analyser does change must be removed by it
/// (``removeValue(for:)``).
public struct AnalysisCache: Sendable {
    private var values: [ObjectIdentifier: any Sendable] = [:]

    /// Creates an empty cache.
    public init() {}

    /// The cached value of type `Value`, if any.
    public subscript<Value: Sendable>(_ type: Value.Type) -> Value? {
        get { values[ObjectIdentifier(type)] as? Value }
        set { values[ObjectIdentifier(type)] = newValue }
    }

    /// The cached value of type `Value`, made by `make` (and cached) if there is none yet.
    public mutating func value<Value: Sendable>(for type: Value.Type, _ make: () throws -> Value) rethrows -> Value {
        if let value = self[type] { return value }
        let value = try make()
        self[type] = value
        return value
    }

    /// Removes the cached value of type `Value`.
    public mutating func removeValue<Value: Sendable>(for type: Value.Type) {
        values[ObjectIdentifier(type)] = nil
    }
}
