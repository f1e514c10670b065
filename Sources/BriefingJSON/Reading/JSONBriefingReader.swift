public import BriefingModel
import Foundation

/// Reads a briefing back from the JSON that ``JSONExporter`` writes.
///
/// Uses `JSONDecoder` and the model's `Codable` conformance; a document that is not JSON, or not
/// a briefing, gives a `BriefingError` with code `invalidInput` that says where.
public struct JSONBriefingReader: BriefingReader {
    /// Creates a reader.
    public init() {}

    /// `json`.
    public var formatName: String { "json" }

    /// `["json"]`.
    public var fileExtensions: [String] { ["json"] }

    /// Decodes a briefing from JSON bytes, which `JSONDecoder` reads in place (no copy).
    public func read(_ bytes: RawSpan) throws(BriefingError) -> Briefing {
        let decoded = bytes.withUnsafeBytes { buffer -> Result<Briefing, BriefingError> in
            guard let base = buffer.baseAddress, buffer.count > 0 else {
                return .failure(BriefingError(.invalidInput, "not a briefing in JSON: the input is empty"))
            }
            let data = Data(
                bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none)
            do {
                return .success(try JSONDecoder().decode(Briefing.self, from: data))
            } catch let error as DecodingError {
                return .failure(BriefingError(.invalidInput, Self.describe(error)))
            } catch {
                return .failure(BriefingError(.invalidInput, "not a briefing in JSON: \(error)"))
            }
        }
        return try decoded.get()
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.isEmpty
                ? "the top level"
                : codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "invalid JSON at \(path(context.codingPath)): \(underlying ?? context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "missing key '\(key.stringValue)' at \(path(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "unexpected value at \(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "not a briefing in JSON: \(error)"
        }
    }
}
