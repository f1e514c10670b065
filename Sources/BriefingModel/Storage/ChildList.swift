/// The children of a node — a section's blocks, a list's items — as an array-like collection that
/// shares its storage with the rest of the briefing.
///
/// A reader puts every block of an article in one buffer, and every list item in another, and
/// each section or list sees its part of it: reading an article costs a handful of allocations,
/// not one per section and list. For code that uses a briefing, a `ChildList` is an array: it
/// counts from 0, loops, maps and filters, and can be changed in place (`append`, `remove(at:)`,
/// assignment by index, or a whole new list from an array literal). A change copies only this
/// list's elements, once, so other briefings and lists that share the storage never see it.
public struct ChildList<Element> {
    var storage: ChildStorage<Element>?
    // Offsets in 32 bits: a list is one of many in a large article, and a reader refuses input
    // over 4 GiB.
    var storedStart: UInt32
    var storedCount: UInt32

    var start: Int { Int(storedStart) }

    /// A list of `elements`.
    public init(_ elements: some Sequence<Element>) {
        let array = ContiguousArray(elements)
        if array.isEmpty {
            self.init()
        } else {
            self.init(storage: ChildStorage(array), start: 0, count: array.count)
        }
    }

    /// An empty list.
    public init() {
        storage = nil
        storedStart = 0
        storedCount = 0
    }

    /// Elements `start..<start + count` of `storage`, which the caller no longer changes there.
    package init(storage: ChildStorage<Element>, start: Int, count: Int) {
        self.storage = count == 0 ? nil : storage
        storedStart = UInt32(truncatingIfNeeded: start)
        storedCount = UInt32(truncatingIfNeeded: count)
    }

    /// Makes this list the only owner of storage holding exactly its elements, so that it can change them.
    mutating func makeUnique() {
        if isKnownUniquelyReferenced(&storage), storedStart == 0, Int(storedCount) == storage?.elements.count {
            return
        }
        let elements = storage.map { ContiguousArray($0.elements[start..<start + count]) } ?? []
        storage = ChildStorage(elements)
        storedStart = 0
    }
}

extension ChildList: RandomAccessCollection, MutableCollection {
    /// 0.
    public var startIndex: Int { 0 }

    /// The number of elements.
    public var endIndex: Int { Int(storedCount) }

    /// The number of elements.
    public var count: Int { Int(storedCount) }

    /// The element at `position`, counting from 0.
    public subscript(position: Int) -> Element {
        get {
            precondition(position >= 0 && position < count, "index out of range")
            return storage.unsafelyUnwrapped.elements[start + position]
        }
        set {
            precondition(position >= 0 && position < count, "index out of range")
            makeUnique()
            storage.unsafelyUnwrapped.elements[position] = newValue
        }
    }

    /// Calls `body` with the elements in contiguous memory.
    public func withContiguousStorageIfAvailable<Result>(
        _ body: (UnsafeBufferPointer<Element>) throws -> Result
    ) rethrows -> Result? {
        guard let storage else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try storage.elements.withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[start..<start + count]))
        }
    }
}

extension ChildList: RangeReplaceableCollection {
    /// Replaces the elements in `subrange` with `newElements`.
    public mutating func replaceSubrange(_ subrange: Range<Int>, with newElements: some Collection<Element>) {
        precondition(subrange.lowerBound >= 0 && subrange.upperBound <= count, "range out of bounds")
        makeUnique()
        let storage = self.storage.unsafelyUnwrapped
        storage.elements.replaceSubrange(subrange, with: newElements)
        storedCount = UInt32(truncatingIfNeeded: storage.elements.count)
        if storedCount == 0 { self.storage = nil }
    }

    /// Makes room for `minimumCapacity` elements.
    public mutating func reserveCapacity(_ minimumCapacity: Int) {
        makeUnique()
        storage.unsafelyUnwrapped.elements.reserveCapacity(minimumCapacity)
    }
}

extension ChildList: ExpressibleByArrayLiteral {
    /// A list of the literal's elements.
    public init(arrayLiteral elements: Element...) {
        self.init(elements)
    }
}

extension ChildList: Equatable where Element: Equatable {
    /// Whether the two lists have equal elements in the same order.
    public static func == (lhs: ChildList, rhs: ChildList) -> Bool {
        lhs.elementsEqual(rhs)
    }
}

extension ChildList: Hashable where Element: Hashable {
    /// Hashes the elements in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for element in self { hasher.combine(element) }
    }
}

extension ChildList: Sendable where Element: Sendable {}

extension ChildList: CustomStringConvertible {
    /// The elements, as an array would print them.
    public var description: String { Array(self).description }
}

extension ChildList: Decodable where Element: Decodable {
    /// Decodes the list from an array.
    public init(from decoder: any Decoder) throws {
        self.init(try [Element](from: decoder))
    }
}

extension ChildList: Encodable where Element: Encodable {
    /// Encodes the list as an array.
    public func encode(to encoder: any Encoder) throws {
        try Array(self).encode(to: encoder)
    }
}

/// The buffer that the ``ChildList``s of one briefing share.
///
/// A reader appends to it while building; once a list refers to a range, that range never changes
/// (a list that changes copies its elements out first), so sharing it between tasks is safe. The
/// buffer is changed only by the reader building it or by the one list that owns it uniquely, so
/// its accesses need no dynamic exclusivity check (`@exclusivity(unchecked)`).
package final class ChildStorage<Element>: @unchecked Sendable {
    @exclusivity(unchecked) var elements: ContiguousArray<Element>
    init(_ elements: ContiguousArray<Element>) {
        self.elements = elements
    }

    /// An empty buffer with room for `capacity` elements.
    package init(capacity: Int) {
        elements = []
        elements.reserveCapacity(capacity)
    }

    /// How many elements the buffer holds.
    package var count: Int { elements.count }

    /// Appends the elements and returns the list of them.
    package func append(contentsOf newElements: some Collection<Element>) -> ChildList<Element> {
        let start = elements.count
        elements.append(contentsOf: newElements)
        return ChildList(storage: self, start: start, count: elements.count - start)
    }

    /// Appends one element (a reader building a list in order); ``list(from:)`` then makes the list.
    package func append(_ element: Element) {
        elements.append(element)
    }

    /// The list of the elements appended since `start`.
    package func list(from start: Int) -> ChildList<Element> {
        ChildList(storage: self, start: start, count: elements.count - start)
    }
}
