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
    private var aliases: [String: String] = [:]

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

    /// Makes `alias` another name for the format registered (now or later) under `name`: an old
    /// name kept for a release after a rename, say. Aliases are not listed in ``names``.
    public mutating func addAlias(_ alias: String, for name: String) {
        aliases[alias] = name
    }

    /// The format name that `name` stands for: `name` itself, or the format it is an alias of.
    public func canonicalName(_ name: String) -> String {
        exportersByName[name] == nil ? aliases[name] ?? name : name
    }

    /// The exporter registered under `name` (or under the name `name` is an alias of), if any.
    public func exporter(named name: String) -> (any BriefingExporter)? {
        exportersByName[canonicalName(name)]
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
        guard let exporter = exporter(named: name) else {
            let known = order.isEmpty ? "none are registered" : "known formats: " + order.joined(separator: ", ")
            throw BriefingError(.unknownFormat, "unknown format '\(name)' (\(known))")
        }
        return try exporter.export(briefing)
    }
}
