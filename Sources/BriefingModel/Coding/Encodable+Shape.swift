// The `Encodable` half of the model's `Codable` conformances: each writes what `JSONShapeWriter`
// says, so the keys and their order are defined in one place for `JSONEncoder` and `JSONExporter`.

extension Briefing {
    /// Encodes the briefing in its JSON form, with its format version and flattened analysis results.
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { $0.visitBriefing(self) }
    }
}

extension Metadata {
    /// Encodes every key, with `null` or `[]` for what is unknown, so the shape never varies.
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { $0.visitMetadata(self) }
    }
}

extension Section {
    /// Encodes every key, with `null` for a missing heading or location.
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { $0.visitSection(self) }
    }
}

extension Block {
    /// Encodes the block's `kind` and, beside it, the keys of that kind.
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { $0.visit(self) }
    }
}

extension Paragraph {
    /// Encodes the paragraph's keys (without `kind`, which a block adds).
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { writer in
            writer.output.beginObject(inline: false)
            writer.paragraphMembers(self)
            writer.output.endObject()
        }
    }
}

extension ListBlock {
    /// Encodes the list's keys (without `kind`, which a block adds).
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { writer in
            writer.output.beginObject(inline: false)
            writer.listMembers(self)
            writer.output.endObject()
        }
    }
}

extension ListItem {
    /// Encodes every key, with `null` for a missing label.
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { $0.visitListItem(self) }
    }
}

extension Quote {
    /// Encodes the quote's keys (without `kind`, which a block adds), with `null` for a missing attribution.
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { writer in
            writer.output.beginObject(inline: false)
            writer.quoteMembers(self)
            writer.output.endObject()
        }
    }
}

extension CodeBlock {
    /// Encodes the code block's keys (without `kind`, which a block adds).
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { writer in
            writer.output.beginObject(inline: false)
            writer.codeMembers(self)
            writer.output.endObject()
        }
    }
}

extension Table {
    /// Encodes the table's keys (without `kind`, which a block adds).
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { writer in
            writer.output.beginObject(inline: false)
            writer.tableMembers(self)
            writer.output.endObject()
        }
    }
}

extension Figure {
    /// Encodes the figure's keys (without `kind`, which a block adds).
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { writer in
            writer.output.beginObject(inline: false)
            writer.figureMembers(self)
            writer.output.endObject()
        }
    }
}

extension SourceLocation {
    /// Encodes `{"line": L, "column": C}`.
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { $0.location(self) }
    }
}

extension Diagnostic {
    /// Encodes every key, with `null` for a missing location.
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { $0.visitDiagnostic(self) }
    }
}

extension AnalysisResults {
    /// Encodes the results that are present under the keys a briefing gives them.
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { $0.visitAnalysis(self) }
    }
}

extension Entity {
    /// Encodes every key, with `null` for an unknown first mention.
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { $0.visitEntity(self) }
    }
}

extension AttributedQuote {
    /// Encodes every key, with `null` for what is missing.
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { $0.visitAttributedQuote(self) }
    }
}

extension Keyphrase {
    /// Encodes `{"text": …, "score": …}`.
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { $0.visitKeyphrase(self) }
    }
}

extension Summary {
    /// Encodes `{"sentences": […]}`.
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { $0.visitSummary(self) }
    }
}

extension Estimate {
    /// Encodes every key, with `null` for a missing band or location, and the band's
    /// `probability` range as `{"lower": …, "upper": …}` for readers that want numbers.
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { $0.visitEstimate(self) }
    }
}

extension Statistics {
    /// Encodes the three counts.
    public func encode(to encoder: any Encoder) throws {
        try EncoderShapeOutput.encode(to: encoder) { $0.visitStatistics(self) }
    }
}
