/// Exporters known by name: the formats a program offers.
///
/// A registry is a plain value with no global state. Fill it with the exporters your package
/// depends on, then look formats up by name:
///
/// ```swift
/// var registry = ExporterRegistry()
/// registry.register(JSONExporter())
/// registry.register(MarkdownExporter())          // one of your own
/// let result = try registry.export(briefing, as: "markdown")
/// ```
public struct ExporterRegistry: Sendable {
    private var exportersByName: [String: any BriefingExporter] = [:]
    private var order: [String] = []

    /// Creates a registry holding `exporters`; a later exporter replaces an earlier one of the same name.
    public init(_ exporters: [any BriefingExporter] = []) {
        for exporter in exporters {
            register(exporter)
        }
    }

    /// Adds an exporter under its format's name, replacing one registered under that name before.
    public mutating func register(_ exporter: any BriefingExporter) {
        let name = exporter.format.name
        if exportersByName.updateValue(exporter, forKey: name) == nil {
            order.append(name)
        }
    }

    /// The exporter registered under `name`, if any.
    public func exporter(named name: String) -> (any BriefingExporter)? {
        exportersByName[name]
    }

    /// The registered formats, in the order they were first registered.
    public var formats: [ExportFormat] {
        order.compactMap { exportersByName[$0]?.format }
    }

    /// The registered format names, in the order they were first registered.
    public var names: [String] { order }

    /// Exports `briefing` with the exporter registered under `name`.
    ///
    /// - Throws: ``BriefingError`` with code ``BriefingError/Code/unknownFormat`` when no exporter
    ///   has that name, or the exporter's own error.
    public func export(_ briefing: Briefing, as name: String) throws(BriefingError) -> ExportResult {
        guard let exporter = exportersByName[name] else {
            let known = order.isEmpty ? "none are registered" : "known formats: " + order.joined(separator: ", ")
            throw BriefingError(.unknownFormat, "unknown format '\(name)' (\(known))")
        }
        return try exporter.export(briefing)
    }
}
