import BriefingModel
import BriefingPlainText
import Testing

@Suite("Shared text storage")
struct StorageTests {
    /// Items refer to their children's buffer; were an item and its children in one buffer, the
    /// buffer would hold itself and a briefing would never be freed (a fuzzer found it).
    @Test func aBriefingWithNestedListsFreesItsStorage() throws {
        weak var itemText: TextStorage?
        weak var nestedText: TextStorage?
        weak var paragraphText: TextStorage?
        do {
            let briefing = try PlainTextReader().read(
                "Title\n\nA paragraph wrapped\nover two lines.\n\n- a\n    - b\n        - c\n- d\n")
            guard case .list(let list) = briefing.allBlocks.last,
                case .paragraph(let paragraph) = briefing.allBlocks.first
            else {
                Issue.record("expected a paragraph and a list")
                return
            }
            itemText = list.items[0].textSlice.storage
            nestedText = list.items[0].items[0].items[0].textSlice.storage
            paragraphText = paragraph.textSlice.storage
            #expect(itemText != nil && nestedText != nil && paragraphText != nil)
        }
        #expect(itemText == nil, "the input's storage outlived the briefing")
        #expect(nestedText == nil)
        #expect(paragraphText == nil, "the built text's storage outlived the briefing")
    }

    @Test func changingAChildListCopiesOnlyItsOwnElements() throws {
        let briefing = try PlainTextReader().read("Title\n\n- a\n- b\n\nText.\n\n- c\n")
        var copy = briefing
        guard case .list(var first) = copy.sections[0].blocks[0] else {
            Issue.record("expected a list")
            return
        }
        first.items.append(ListItem(text: "added", location: SourceLocation(line: 9, column: 1)))
        first.items[0].text = "changed"
        copy.sections[0].blocks[0] = .list(first)
        #expect(copy.allBlocks.count == briefing.allBlocks.count)
        guard case .list(let original) = briefing.sections[0].blocks[0], case .list(let other) = briefing.allBlocks.last
        else { return }
        #expect(original.items.map(\.text) == ["a", "b"])
        #expect(other.items.map(\.text) == ["c"])
        #expect(first.items.map(\.text) == ["changed", "b", "added"])
    }
}
