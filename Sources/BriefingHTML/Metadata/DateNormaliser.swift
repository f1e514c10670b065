/// Normalises the dates pages give to ISO 8601: `2019-11-19`, `2019-11-19T08:30:00Z`,
/// `2019-11-19T08:30:00+01:00`.
///
/// Reads ISO 8601 with or without seconds, fractions and a zone (`Z`, `+01:00`, `+0100`), with
/// a space instead of `T`, and RFC 822 dates (`Tue, 19 Nov 2019 08:30:00 GMT`). Anything else is
/// not a date (`nil`).
enum DateNormaliser {
    static func normalised(_ value: String) -> String? {
        let bytes = Array(value.utf8.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 })
        return iso(bytes) ?? rfc822(value)
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<start + count] {
            guard byte &- 0x30 < 10 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    private static func iso(_ bytes: [UInt8]) -> String? {
        guard let year = number(bytes, 0, 4), bytes.count >= 10, bytes[4] == 0x2D, let month = number(bytes, 5, 2),
            bytes[7] == 0x2D, let day = number(bytes, 8, 2), (1...12).contains(month), (1...31).contains(day),
            (1000...2999).contains(year)
        else { return nil }
        let date = "\(pad(year, 4))-\(pad(month))-\(pad(day))"
        guard bytes.count > 10, bytes[10] == UInt8(ascii: "T") || bytes[10] == 0x20,
            let hour = number(bytes, 11, 2), bytes.count > 13, bytes[13] == UInt8(ascii: ":"),
            let minute = number(bytes, 14, 2), hour < 24, minute < 60
        else { return date }
        var index = 16
        var second = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":"), let value = number(bytes, index + 1, 2), value < 61 {
            second = value
            index += 3
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
                index += 1
                while index < bytes.count, bytes[index] &- 0x30 < 10 { index += 1 }
            }
        }
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        var zone = ""
        if index < bytes.count {
            let sign = bytes[index]
            if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
                zone = "Z"
            } else if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), let zoneHour = number(bytes, index + 1, 2)
            {
                var zoneMinute = 0
                if let value = number(bytes, index + 3, 2) {
                    zoneMinute = value
                } else if index + 3 < bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
                    let value = number(bytes, index + 4, 2)
                {
                    zoneMinute = value
                }
                zone =
                    zoneHour == 0 && zoneMinute == 0
                    ? "Z" : "\(sign == 0x2B ? "+" : "-")\(pad(zoneHour)):\(pad(zoneMinute))"
            }
        }
        return "\(date)T\(pad(hour)):\(pad(minute)):\(pad(second))\(zone)"
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func rfc822(_ value: String) -> String? {
        let words = value.split { $0 == " " || $0 == "," }.map(String.init)
        guard words.count >= 3 else { return nil }
        var index = 0
        if words[0].count == 3 && Int(words[0]) == nil && !months.contains(words[0].lowercased()) { index = 1 }
        guard index + 2 < words.count, let day = Int(words[index]), (1...31).contains(day),
            let month = months.firstIndex(of: String(words[index + 1].lowercased().prefix(3))),
            let year = Int(words[index + 2]), (1000...2999).contains(year)
        else { return nil }
        let date = "\(pad(year, 4))-\(pad(month + 1))-\(pad(day))"
        guard index + 3 < words.count else { return date }
        let time = words[index + 3].split(separator: ":").compactMap { Int($0) }
        guard time.count >= 2, time[0] < 24, time[1] < 60 else { return date }
        var zone = ""
        if index + 4 < words.count {
            let name = words[index + 4]
            if name == "GMT" || name == "UTC" || name == "Z" || name == "+0000" {
                zone = "Z"
            } else if let normal = iso(Array("2000-01-01T00:00:00\(name)".utf8)), normal.count > 19 {
                zone = String(normal.dropFirst(19))
            }
        }
        return "\(date)T\(pad(time[0])):\(pad(time[1])):\(pad(time.count > 2 ? time[2] : 0))\(zone)"
    }
}
