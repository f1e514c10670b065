/// Tells a web page by its first bytes.
enum HTMLSniffer {
    /// Whether `bytes` start (after a byte-order mark, white space, comments and an XML
    /// declaration) with `<!doctype html` or `<html`.
    static func looksLikeHTML(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let input = bytes.bindMemory(to: UInt8.self)
        var index = 0
        if input.count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF { index = 3 }
        var skipped = 0
        while index < input.count && skipped < 16 {
            let byte = input[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                index += 1
                continue
            }
            if starts(input, at: index, "<!doctype html") || starts(input, at: index, "<html") { return true }
            if starts(input, at: index, "<!--") {
                guard let end = find(input, from: index + 4, "-->") else { return false }
                index = end + 3
                skipped += 1
                continue
            }
            if starts(input, at: index, "<?xml") {
                guard let end = find(input, from: index + 5, "?>") else { return false }
                index = end + 2
                skipped += 1
                continue
            }
            if starts(input, at: index, "<!doctype") {
                // An XHTML doctype: `<!DOCTYPE html PUBLIC …` is caught above; others are not HTML.
                return false
            }
            return false
        }
        return false
    }

    private static func starts(_ input: UnsafeBufferPointer<UInt8>, at index: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= input.count else { return false }
        let pointer = text.utf8Start
        for offset in 0..<count {
            let byte = input[index + offset]
            let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
            if lower != pointer[offset] { return false }
        }
        return true
    }

    private static func find(_ input: UnsafeBufferPointer<UInt8>, from start: Int, _ text: StaticString) -> Int? {
        var index = start
        while index < input.count {
            if starts(input, at: index, text) { return index }
            index += 1
        }
        return nil
    }
}
