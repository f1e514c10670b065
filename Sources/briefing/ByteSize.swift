import ArgumentParser
import BriefingBatch

/// A size in bytes given on the command line: `1048576`, `512K`, `64M`, `1G` (powers of 1024).
struct ByteSize: ExpressibleByArgument, CustomStringConvertible {
    var bytes: Int

    init(bytes: Int) {
        self.bytes = bytes
    }

    init?(argument: String) {
        var digits = Substring(argument)
        var multiplier = 1
        switch argument.last.map({ Character($0.uppercased()) }) {
        case "K": multiplier = 1 << 10
        case "M": multiplier = 1 << 20
        case "G": multiplier = 1 << 30
        default: break
        }
        if multiplier > 1 { digits = digits.dropLast() }
        guard let value = Int(digits), value > 0, value <= Int.max / multiplier else { return nil }
        bytes = value * multiplier
    }

    var description: String {
        InputFile.describeSize(bytes)
    }
}
