import BriefingModel

/// Builds one list, with nested items, from consecutive marker lines.
///
/// - An item goes on over lines indented at least as far as its marker (hard-wrapped items).
/// - A marker indented further than the item before it starts a nested list.
/// - Blank lines between items do not end the list; a blank line followed by text indented under
///   an item continues that item.
/// - A change between bullets and numbers at the top level starts a new list.
/// - Nesting deeper than ``Briefing/maximumNestingDepth`` is kept at that depth, with a diagnostic.
struct ListBuilder {
    let source: SourceText
    let ordered: Bool
    /// The number of the list's first marker (`3.` → 3; 1 for bullets and letters).
    let start: Int
    /// Whether the list's own bullets are en dashes, so that an indented `– ` line may be a nested item.
    let usesEnDashes: Bool
    var diagnostics: [Diagnostic] = []

    /// An item still open for more lines or nested items; its finished children wait in the
    /// store's buffer for the next depth.
    private struct OpenItem {
        var markerIndent: Int
        var pieces: TextPieces
        var location: SourceLocation
    }

    private var open: [OpenItem] = []
    private var reportedDepth = false

    init(source: SourceText, firstMarker: ListMarker) {
        self.source = source
        source.store.morePieces.removeAll(keepingCapacity: true)
        self.ordered = firstMarker.ordered
        self.start = firstMarker.number
        self.usesEnDashes = firstMarker.isEnDash
    }

    mutating func build(from index: inout Int) -> ListBlock {
        let lines = source.lines
        let baseIndent = lines[index].indent
        let location = source.location(of: lines[index])
        var afterBlank = false
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                afterBlank = true
                index += 1
                continue
            }
            if LineForms.isQuoteLine(source, line) || LineForms.isSeparator(source, line)
                || LineForms.atxHeading(source, line) != nil
            {
                break
            }
            if let marker = ListMarker.recognise(source, line), !continuesItem(line, marker, afterBlank: afterBlank) {
                if line.indent <= baseIndent && marker.ordered != ordered { break }
                if afterBlank && line.indent < baseIndent { break }
                openItem(line, marker)
                afterBlank = false
                index += 1
                continue
            }
            // Text that is not a marker: a continuation of an item, or the end of the list.
            guard !open.isEmpty else { break }
            if afterBlank {
                guard line.indent > open[0].markerIndent, line.indent > baseIndent else { break }
            } else {
                guard line.indent >= open[0].markerIndent else { break }
            }
            // The continuation belongs to the deepest item whose marker is left of the line.
            while open.count > 1, let last = open.last, last.markerIndent >= line.indent {
                closeLast()
            }
            open[open.count - 1].pieces.append(line.contentStart..<line.contentEnd, in: source.store)
            afterBlank = false
            index += 1
        }
        while !open.isEmpty { closeLast() }
        return ListBlock(ordered: ordered, start: start, children: takeFinished(depth: 0), location: location)
    }

    /// The items finished at `depth`, stored together in the store's buffer of items.
    private func takeFinished(depth: Int) -> ChildList<ListItem> {
        let store = source.store
        guard depth < store.itemsByDepth.count, !store.itemsByDepth[depth].isEmpty else { return ChildList() }
        let list = store.items(atDepth: depth).append(contentsOf: store.itemsByDepth[depth])
        store.itemsByDepth[depth].removeAll(keepingCapacity: true)
        return list
    }

    /// Whether a marker line indented under the current item is really a wrapped line of it: a
    /// number that does not start a list (`7)` after `…pages 1-3, 6,`), or an en dash used as a dash.
    private func continuesItem(_ line: Line, _ marker: ListMarker, afterBlank: Bool) -> Bool {
        guard !afterBlank, let last = open.last, line.indent > last.markerIndent else { return false }
        if marker.ordered { return !marker.canInterruptParagraph }
        return marker.isEnDash && !usesEnDashes
    }

    private mutating func openItem(_ line: Line, _ marker: ListMarker) {
        while let last = open.last, last.markerIndent >= line.indent {
            closeLast()
        }
        if open.count >= Briefing.maximumNestingDepth {
            if !reportedDepth {
                reportedDepth = true
                diagnostics.append(
                    Diagnostic(
                        code: .nestingTooDeep,
                        message: "list nested deeper than \(Briefing.maximumNestingDepth) levels; "
                            + "deeper items are kept at level \(Briefing.maximumNestingDepth)",
                        location: source.location(of: line)))
            }
            closeLast()
        }
        open.append(
            OpenItem(
                markerIndent: line.indent, pieces: TextPieces(marker.contentStart..<line.contentEnd),
                location: source.location(of: line)))
    }

    private mutating func closeLast() {
        let item = open.removeLast()
        let depth = open.count
        let (label, text) = LabelSplitter.split(item.pieces, in: source)
        let finished = ListItem(
            labelSlice: label, textSlice: text, children: takeFinished(depth: depth + 1), location: item.location)
        let store = source.store
        while store.itemsByDepth.count <= depth { store.itemsByDepth.append([]) }
        store.itemsByDepth[depth].append(finished)
    }
}
