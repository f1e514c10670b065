/// An element of an HTML page, as Swift values: the tree that ``ParsedHTML`` makes from libxml2's
/// and that the HTML reader walks. No libxml2 type is reachable from it.
///
/// A class, so that the reader can mark and score elements in place while it looks for the
/// article (one tree per read, never shared between tasks).
package final class HTMLElement {
    /// The element's name, in lower case (`p`, `div`).
    package let name: String
    /// The attributes, in document order; names in lower case.
    package var attributes: [(name: String, value: String)]
    /// The element's content: elements and text, in document order.
    package var children: [HTMLContent] = []
    /// The line where the element starts (1-based; 0 when unknown).
    package let line: Int
    /// The element that holds this one (`nil` for the root).
    package weak var parent: HTMLElement?

    /// Scratch space for the reader: the content score of a candidate container.
    package var score = 0.0
    /// Scratch space for the reader: whether ``score`` has been initialised.
    package var isCandidate = false
    /// Scratch space for the reader: whether the element was removed as boilerplate.
    package var isRemoved = false
    /// Scratch space for the reader: the length of the element's text (elements removed left out).
    package var textLength = 0
    /// Scratch space for the reader: the length of the part of that text inside links.
    package var linkTextLength = 0
    /// Scratch space for the reader: how many commas the text holds.
    package var commaCount = 0

    package init(name: String, attributes: [(name: String, value: String)] = [], line: Int = 0) {
        self.name = name
        self.attributes = attributes
        self.line = line
    }

    /// The value of the attribute `name` (lower case), if present.
    package func attribute(_ name: String) -> String? {
        for attribute in attributes where attribute.name == name { return attribute.value }
        return nil
    }

    /// The child elements, in order.
    package var elements: [HTMLElement] {
        children.compactMap {
            if case .element(let element) = $0 { return element }
            return nil
        }
    }
}

/// One piece of an element's content.
package enum HTMLContent {
    /// A child element.
    case element(HTMLElement)
    /// Text, entities decoded, white space as written.
    case text(String)
}
