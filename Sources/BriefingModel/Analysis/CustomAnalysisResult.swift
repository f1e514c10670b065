/// The result of an analyser of your own, stored in a briefing under a key of its own.
///
/// Conform a `Codable` type and give it a ``key``; store it with
/// ``AnalysisResults/subscript(_:)`` and read it back the same way. JSON and XML exports carry it
/// (in JSON under `custom`, keyed by ``key``), and it reads back from both:
///
/// ```swift
/// struct Sentiment: CustomAnalysisResult {
///     static let key = "com.example.sentiment"
///     var score: Double
/// }
///
/// briefing.analysis[Sentiment.self] = Sentiment(score: 0.4)
/// let score = briefing.analysis[Sentiment.self]?.score
/// ```
///
/// The result is kept as an ``AnalysisValue`` (its JSON form), so a briefing stays `Hashable` and
/// `Sendable` whatever the type, and a program that does not know the type still sees the value in
/// ``AnalysisResults/custom``.
public protocol CustomAnalysisResult: Codable, Sendable {
    /// The key the result is stored and exported under. Use a prefix of your own
    /// (`com.example.sentiment`): the standard results' names are taken.
    static var key: String { get }
}
