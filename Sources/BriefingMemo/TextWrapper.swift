/// Wraps text to a width, greedily, with an indent for the first line and another for the rest.
///
/// Widths count `Character`s (grapheme clusters), which is what a terminal shows for most
/// text. A word longer than the line is put on a line of its own rather than cut.
struct TextWrapper {
    let width: Int

    func wrap(_ text: String, firstIndent: String = "", restIndent: String = "") -> String {
        var lines: [String] = []
        var line = firstIndent
        var lineLength = firstIndent.count
        var lineHasWord = false
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let wordLength = word.count
            if lineHasWord && lineLength + 1 + wordLength > width {
                lines.append(line)
                line = restIndent
                lineLength = restIndent.count
                lineHasWord = false
            }
            if lineHasWord {
                line += " "
                lineLength += 1
            }
            line += word
            lineLength += wordLength
            lineHasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
