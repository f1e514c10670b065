/// The file name an input's export gets in `briefing batch --output-dir`: its id, made safe.
///
/// Bytes other than ASCII letters, digits, `-`, `_` and `.` are percent-encoded (`/` becomes
/// `%2F`), as is a leading `.`; an empty id is `%`. The encoding is one-to-one, so two ids never
/// share a name. A name longer than 200 bytes is cut and ends with a hash of the whole id.
enum OutputName {
    static let maximumLength = 200

    static func name(forID id: String, fileExtension: String) -> String {
        var name = ""
        if id.isEmpty { name = "%" }
        for (offset, byte) in id.utf8.enumerated() {
            let safe =
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || (byte == UInt8(ascii: ".") && offset > 0)
            if safe {
                name.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let digits = Array("0123456789ABCDEF")
                name += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
            }
        }
        if name.utf8.count > maximumLength {
            // FNV-1a, 64 bits: stable across runs and machines, unlike `Hasher`.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in id.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            let hex = String(hash, radix: 16)
            name =
                String(name.utf8.prefix(maximumLength - 20))! + "~" + String(repeating: "0", count: 16 - hex.count)
                + hex
        }
        return name + "." + fileExtension
    }
}
