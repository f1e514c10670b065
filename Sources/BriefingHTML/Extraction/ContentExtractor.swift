import BriefingLibXML

/// Finds the elements that hold a page's article and marks the boilerplate inside them as removed.
///
/// The algorithm (described for users in the DocC article "Finding the article"):
/// 1. **Prune** what is never the article: scripts, styles, forms' controls, `nav`, `aside`,
///    `header`, `footer`, hidden elements, furniture roles, and elements whose class or id names
///    boilerplate (`share`, `comment`, `related`, `newsletter`…) unless they also name content.
/// 2. **Measure** every element once: its text length, the part inside links, its commas.
/// 3. **Score** paragraphs (`p`, `pre`, `td`, and `div`s that hold only inline content) by
///    length and commas; each adds its score to its parent, half to its grandparent, and less to
///    ancestors further up. A container starts from a weight by its name and its class words,
///    and its total is multiplied by one minus its link density.
/// 4. **Choose** the best container; go up while an ancestor scores at least as well or the
///    container is an only child; an element marked `itemprop="articleBody"` wins outright when
///    it holds enough text. Siblings that score well, or that are plain paragraphs, join it.
/// 5. **Clean** inside the result: lists, tables and blocks that are mostly links, images or
///    form fields, or that carry boilerplate words and little text, are removed.
/// If the result is short, the steps run again without the class-word pruning.
struct ContentExtractor {
    let root: HTMLElement
    /// The article text's expected length when the page states its body (JSON-LD `articleBody`).
    var statedBodyLength: Int?

    /// The elements holding the article, in document order (their removed descendants marked).
    mutating func extract() -> [HTMLElement] {
        guard let body = Self.body(of: root) else { return [] }
        var result = extract(from: body, pruningByClass: true)
        let length = result.reduce(0) { $0 + $1.textLength }
        let wanted = min(500, (statedBodyLength ?? 500) / 2)
        if length < wanted {
            reset(root)
            let second = extract(from: body, pruningByClass: false)
            if second.reduce(0, { $0 + $1.textLength }) > length {
                result = second
            } else {
                reset(root)
                result = extract(from: body, pruningByClass: true)
            }
        }
        return result
    }

    private static func body(of root: HTMLElement) -> HTMLElement? {
        if root.name == "body" { return root }
        return root.elements.first { $0.name == "body" } ?? root
    }

    private func extract(from body: HTMLElement, pruningByClass: Bool) -> [HTMLElement] {
        measure(body)
        prune(body, pruningByClass: pruningByClass, insideCode: false)
        measure(body)
        var candidates: [HTMLElement] = []
        score(body, ancestors: [], candidates: &candidates)
        for candidate in candidates {
            candidate.score *= 1 - linkDensity(candidate)
        }
        var top = candidates.max { $0.score < $1.score } ?? body
        if let stated = articleBody(in: body), stated.textLength >= 200 {
            top = stated
        } else {
            top = climb(from: top, body: body)
        }
        let chosen = top === body ? [body] : gatherSiblings(of: top)
        for element in chosen { clean(element, title: nil) }
        for element in chosen { measure(element) }
        return chosen
    }

    // MARK: Pruning

    private func prune(_ element: HTMLElement, pruningByClass: Bool, insideCode: Bool) {
        for child in element.elements where !child.isRemoved {
            if shouldRemove(child, pruningByClass: pruningByClass, insideCode: insideCode) {
                child.isRemoved = true
            } else {
                prune(
                    child, pruningByClass: pruningByClass,
                    insideCode: insideCode || child.name == "pre" || child.name == "code" || child.name == "table")
            }
        }
    }

    private func shouldRemove(_ element: HTMLElement, pruningByClass: Bool, insideCode: Bool) -> Bool {
        let name = element.name
        if ElementHints.droppedNames.contains(name) {
            // Some pages wrap everything in one form (or one header): keep one that holds paragraphs.
            if name == "header" { return !Self.holdsParagraphs(element) }
            if name == "footer" && element.parent?.name == "blockquote" { return false }  // The quote's source.
            return true
        }
        if name == "form" { return !Self.holdsParagraphs(element) }
        if ElementHints.isHidden(element) || ElementHints.hasDroppedRole(element) { return true }
        guard pruningByClass, !insideCode, name != "body", name != "a", name != "article", name != "main",
            !ElementHints.isArticleBody(element)
        else { return false }
        let words = ElementHints.classAndID(element)
        guard !words.isEmpty, ElementHints.has(words, ElementHints.unlikelyWords) else { return false }
        if ElementHints.has(words, ElementHints.maybeWords) && element.textLength > 200 { return false }
        return true
    }

    /// Whether at least three paragraphs of more than 80 characters lie inside `element`.
    private static func holdsParagraphs(_ element: HTMLElement) -> Bool {
        var count = 0
        var stack = [element]
        while let current = stack.popLast() {
            for child in current.elements {
                if child.name == "p" && child.textLength > 80 {
                    count += 1
                    if count >= 3 { return true }
                } else {
                    stack.append(child)
                }
            }
        }
        return false
    }

    // MARK: Measuring

    /// Sets the text length, link text length and comma count of `element` and its descendants.
    @discardableResult
    func measure(_ element: HTMLElement) -> (Int, Int, Int) {
        var length = 0
        var links = 0
        var commas = 0
        for child in element.children {
            switch child {
            case .text(let text):
                let (count, commaCount) = Self.measureText(text)
                length += count
                commas += commaCount
            case .element(let child):
                guard !child.isRemoved else { continue }
                let (count, linkCount, commaCount) = measure(child)
                length += count
                links += child.name == "a" ? count : linkCount
                commas += commaCount
            }
        }
        element.textLength = length
        element.linkTextLength = links
        element.commaCount = commas
        return (length, links, commas)
    }

    /// The number of characters in `text` with runs of white space counted as one, and its commas.
    static func measureText(_ text: String) -> (Int, Int) {
        var count = 0
        var commas = 0
        var inSpace = true
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                if !inSpace { count += 1 }
                inSpace = true
                continue
            }
            inSpace = false
            if byte & 0xC0 != 0x80 { count += 1 }
            if byte == UInt8(ascii: ",") { commas += 1 }
        }
        return (count, commas)
    }

    func linkDensity(_ element: HTMLElement) -> Double {
        element.textLength == 0 ? 0 : Double(element.linkTextLength) / Double(element.textLength)
    }

    // MARK: Scoring

    private func score(_ element: HTMLElement, ancestors: [HTMLElement], candidates: inout [HTMLElement]) {
        var path = ancestors
        path.append(element)
        var inlineLength = 0
        var inlineCommas = 0
        var hasBlockChild = false
        for child in element.children {
            switch child {
            case .text(let text):
                let (count, commas) = Self.measureText(text)
                inlineLength += count
                inlineCommas += commas
            case .element(let child):
                guard !child.isRemoved else { continue }
                if ElementHints.blockNames.contains(child.name) || child.name.contains("-") {
                    hasBlockChild = true
                    score(child, ancestors: path, candidates: &candidates)
                } else {
                    inlineLength += child.textLength
                    inlineCommas += child.commaCount
                    if child.elements.contains(where: { ElementHints.blockNames.contains($0.name) }) {
                        score(child, ancestors: path, candidates: &candidates)
                    }
                }
            }
        }
        let name = element.name
        let isParagraph = name == "p" || name == "pre" || name == "td" || name == "blockquote"
        if isParagraph || (!hasBlockChild && (name == "div" || name == "section" || name == "article")) {
            guard element.textLength >= 25 else { return }
            let points = 1 + Double(element.commaCount) + min(Double(element.textLength / 100), 3)
            add(points, toAncestorsOf: path.dropLast(), candidates: &candidates)
        } else if inlineLength >= 25 && hasBlockChild {
            // Text straight inside a container counts as a paragraph of that container.
            let points = 1 + Double(inlineCommas) + min(Double(inlineLength / 100), 3)
            add(points, toAncestorsOf: path, candidates: &candidates)
        }
    }

    private func add(_ points: Double, toAncestorsOf path: ArraySlice<HTMLElement>, candidates: inout [HTMLElement]) {
        var level = 0
        for ancestor in path.reversed() {
            guard level < 5 else { break }
            if ancestor.name == "html" { break }
            if !ancestor.isCandidate {
                ancestor.isCandidate = true
                ancestor.score = baseScore(ancestor)
                candidates.append(ancestor)
            }
            let divider = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
            ancestor.score += points / divider
            level += 1
        }
    }

    private func add(_ points: Double, toAncestorsOf path: [HTMLElement], candidates: inout [HTMLElement]) {
        add(points, toAncestorsOf: path[...], candidates: &candidates)
    }

    private func baseScore(_ element: HTMLElement) -> Double {
        var score = ElementHints.weight(element)
        switch element.name {
        case "div", "article", "main", "section": score += 5
        case "pre", "td", "blockquote": score += 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score -= 3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score -= 5
        default: break
        }
        if ElementHints.isArticleBody(element) { score += 25 }
        return score
    }

    // MARK: Choosing

    private func articleBody(in body: HTMLElement) -> HTMLElement? {
        var found: HTMLElement?
        var stack = [body]
        while let element = stack.popLast(), found == nil {
            if ElementHints.isArticleBody(element) && !element.isRemoved {
                found = element
                break
            }
            stack.append(contentsOf: element.elements.reversed())
        }
        return found
    }

    private func climb(from start: HTMLElement, body: HTMLElement) -> HTMLElement {
        var top = start
        var lastScore = top.score
        var parent = top.parent
        while let current = parent, current !== body, current.name != "html" {
            if !current.isCandidate {
                parent = current.parent
                continue
            }
            if current.score < lastScore / 3 { break }
            if current.score > lastScore {
                top = current
                break
            }
            lastScore = current.score
            parent = current.parent
        }
        while let parent = top.parent, parent !== body, parent.name != "html",
            parent.elements.filter({ !$0.isRemoved }).count == 1
        {
            top = parent
        }
        return top
    }

    private func gatherSiblings(of top: HTMLElement) -> [HTMLElement] {
        guard let parent = top.parent else { return [top] }
        let threshold = max(10, top.score * 0.2)
        let topClass = top.attribute("class")
        var chosen: [HTMLElement] = []
        for sibling in parent.elements where !sibling.isRemoved {
            if sibling === top {
                chosen.append(sibling)
                continue
            }
            var bonus = 0.0
            if let topClass, !topClass.isEmpty, sibling.attribute("class") == topClass { bonus += top.score * 0.2 }
            if sibling.isCandidate && sibling.score + bonus >= threshold {
                chosen.append(sibling)
            } else if sibling.name == "p" {
                let density = linkDensity(sibling)
                if sibling.textLength > 80 && density < 0.25 {
                    chosen.append(sibling)
                } else if sibling.textLength > 0 && sibling.textLength <= 80 && density == 0
                    && Self.endsSentence(sibling)
                {
                    chosen.append(sibling)
                }
            }
        }
        return chosen
    }

    private static func endsSentence(_ element: HTMLElement) -> Bool {
        var last: String?
        var stack = [element]
        while let current = stack.popLast() {
            for child in current.children {
                switch child {
                case .text(let text) where !text.allSatisfy(\.isWhitespace): last = text
                case .element(let element) where !element.isRemoved: stack.append(element)
                default: break
                }
            }
        }
        guard let last = last?.trimmingTrailingWhitespace.last else { return false }
        return last == "." || last == "!" || last == "?" || last == "\u{201D}" || last == "\""
    }

    // MARK: Cleaning

    /// Removes boilerplate inside a chosen element.
    private func clean(_ element: HTMLElement, title: String?) {
        for child in element.elements where !child.isRemoved {
            if removesConditionally(child) {
                child.isRemoved = true
            } else {
                clean(child, title: title)
            }
        }
    }

    private func removesConditionally(_ element: HTMLElement) -> Bool {
        let name = element.name
        guard ["div", "section", "ul", "ol", "table", "form", "figure", "p", "span", "dl"].contains(name) else {
            return false
        }
        let density = linkDensity(element)
        let weight = ElementHints.weight(element)
        if name == "p" || name == "span" {
            // A paragraph that is all link and short ("Read more", a related headline), or a
            // cluster of links inside a paragraph (a pop-up list of headlines).
            if element.textLength < 120 && density > 0.8 && element.textLength > 0 { return true }
            return name == "span" && density > 0.8 && Self.linkCount(element) >= 3
        }
        if ElementHints.isArticleBody(element) { return false }
        if name == "table" && isDataTable(element) { return false }
        if weight < 0 && weight + element.score < 0 && element.isCandidate
            && !(element.textLength >= 200 && density < 0.1)
        {
            return true
        }
        guard element.commaCount < 10 else { return false }
        var counts = (p: 0, img: 0, li: 0, input: 0, embed: 0, headings: 0)
        var stack = element.elements
        var listText = 0
        while let current = stack.popLast() {
            guard !current.isRemoved else { continue }
            switch current.name {
            case "p": counts.p += 1
            case "img": counts.img += 1
            case "li":
                counts.li += 1
                listText += current.textLength
            case "input", "select", "textarea", "button": counts.input += 1
            case "iframe", "embed", "object", "video": counts.embed += 1
            case "h1", "h2", "h3", "h4", "h5", "h6": counts.headings += current.textLength
            default: break
            }
            stack.append(contentsOf: current.elements)
        }
        let isList =
            name == "ul" || name == "ol" || name == "dl"
            || (element.textLength > 0 && Double(listText) / Double(element.textLength) > 0.9)
        let length = element.textLength
        let headingDensity = length == 0 ? 0 : Double(counts.headings) / Double(length)
        if counts.img > 1 && Double(counts.p) / Double(counts.img) < 0.5 && !hasAncestor(element, named: "figure") {
            return true
        }
        if !isList && counts.li - 100 > counts.p { return true }
        if counts.input > counts.p / 3 { return true }
        if !isList && headingDensity < 0.9 && length < 25 && (counts.img == 0 || counts.img > 2) && density > 0 {
            return true
        }
        if !isList && weight < 25 && density > 0.2 { return true }
        if weight >= 25 && density > 0.5 { return true }
        if isList && density > 0.5 { return true }
        if counts.embed == 1 && length < 75 || counts.embed > 1 { return true }
        return false
    }

    private static func linkCount(_ element: HTMLElement) -> Int {
        var count = 0
        var stack = [element]
        while let current = stack.popLast() {
            for child in current.elements where !child.isRemoved {
                if child.name == "a" { count += 1 } else { stack.append(child) }
            }
        }
        return count
    }

    private func hasAncestor(_ element: HTMLElement, named name: String) -> Bool {
        var current = element.parent
        while let ancestor = current {
            if ancestor.name == name { return true }
            current = ancestor.parent
        }
        return false
    }

    /// Whether a table holds data (headers, a caption, several rows and columns) rather than layout.
    func isDataTable(_ table: HTMLElement) -> Bool {
        Self.isDataTableShape(table)
    }

    /// Whether a table holds data rather than layout, by its shape alone.
    static func isDataTableShape(_ table: HTMLElement) -> Bool {
        if let role = table.attribute("role"), ElementHints.lowercased(role) == "presentation" { return false }
        var rows = 0
        var columns = 0
        var hasHeader = table.elements.contains { $0.name == "caption" || $0.name == "thead" }
        var stack = table.elements
        while let current = stack.popLast() {
            switch current.name {
            case "table": return false  // A table inside a table: layout.
            case "tr":
                rows += 1
                columns = max(columns, current.elements.filter { $0.name == "td" || $0.name == "th" }.count)
            case "th": hasHeader = true
            default: break
            }
            stack.append(contentsOf: current.elements)
        }
        if hasHeader { return true }
        return rows >= 3 && columns >= 2 && table.textLength / max(1, rows * columns) < 200
    }

    // MARK: Resetting

    private func reset(_ element: HTMLElement) {
        var stack = [element]
        while let current = stack.popLast() {
            current.isRemoved = false
            current.isCandidate = false
            current.score = 0
            stack.append(contentsOf: current.elements)
        }
    }
}

extension String {
    var trimmingTrailingWhitespace: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[startIndex..<end]
    }
}
