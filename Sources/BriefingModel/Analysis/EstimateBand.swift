/// The seven probability bands of ICD 203 (US Intelligence Community Directive 203, *Analytic Standards*).
///
/// | band | probability | phrases |
/// |---|---|---|
/// | ``almostNoChance`` | 0.01–0.05 | almost no chance, remote |
/// | ``veryUnlikely`` | 0.05–0.20 | very unlikely, highly improbable |
/// | ``unlikely`` | 0.20–0.45 | unlikely, improbable, not likely |
/// | ``roughlyEvenChance`` | 0.45–0.55 | roughly even chance, roughly even odds |
/// | ``likely`` | 0.55–0.80 | likely, probable |
/// | ``veryLikely`` | 0.80–0.95 | very likely, highly probable |
/// | ``almostCertain`` | 0.95–0.99 | almost certain(ly), nearly certain |
public enum EstimateBand: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Almost no chance, remote: 1–5 %.
    case almostNoChance = "almost no chance"
    /// Very unlikely, highly improbable: 5–20 %.
    case veryUnlikely = "very unlikely"
    /// Unlikely, improbable: 20–45 %.
    case unlikely = "unlikely"
    /// Roughly even chance, roughly even odds: 45–55 %.
    case roughlyEvenChance = "roughly even chance"
    /// Likely, probable: 55–80 %.
    case likely = "likely"
    /// Very likely, highly probable: 80–95 %.
    case veryLikely = "very likely"
    /// Almost certain(ly), nearly certain: 95–99 %.
    case almostCertain = "almost certain"

    /// The band's probability range, as ICD 203 gives it.
    public var probability: ClosedRange<Double> {
        switch self {
        case .almostNoChance: 0.01...0.05
        case .veryUnlikely: 0.05...0.20
        case .unlikely: 0.20...0.45
        case .roughlyEvenChance: 0.45...0.55
        case .likely: 0.55...0.80
        case .veryLikely: 0.80...0.95
        case .almostCertain: 0.95...0.99
        }
    }

    /// Orders bands from least to most likely.
    public static func < (lhs: EstimateBand, rhs: EstimateBand) -> Bool {
        lhs.probability.lowerBound < rhs.probability.lowerBound
    }
}
