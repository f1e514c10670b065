extension Briefing {
    /// Calls `body` on every string in the briefing — title, metadata, headings, block text, labels,
    /// attributions, cells, captions, analysis results, diagnostic codes and messages — with the
    /// location of the node it belongs to, letting `body` change it in place.
    ///
    /// For exporters that must rewrite text their format cannot carry (XML 1.0 and control
    /// characters). The keys and string values of custom analysis results are strings too.
    package mutating func updateEveryString(_ body: (inout String, SourceLocation?) -> Void) {
        withoutActuallyEscaping(body) { body in
            var rewriter = StringRewriter(body: body)
            update(&title, titleLocation, body)
            self = rewriter.rewrite(self)
        }
    }

    private func update(
        _ string: inout String?, _ location: SourceLocation?, _ body: (inout String, SourceLocation?) -> Void
    ) {
        guard var value = string else { return }
        body(&value, location)
        string = value
    }
}

/// The rewriter behind ``Briefing/updateEveryString(_:)``: each node's own strings, its children
/// by the rewriter's traversal.
private struct StringRewriter: BriefingRewriter {
    let body: (inout String, SourceLocation?) -> Void

    private func update(_ string: inout String, _ location: SourceLocation?) {
        body(&string, location)
    }

    private func update(_ string: inout String?, _ location: SourceLocation?) {
        guard var value = string else { return }
        body(&value, location)
        string = value
    }

    private func update(_ strings: inout [String], _ location: SourceLocation?) {
        for index in strings.indices { body(&strings[index], location) }
    }

    mutating func visitMetadata(_ metadata: Metadata) -> BriefingNode? {
        var metadata = metadata
        for path in [
            \Metadata.byline, \.dateline, \.date, \.published, \.modified, \.place, \.source, \.siteName, \.url,
            \.description, \.image, \.language,
        ] as [WritableKeyPath<Metadata, String?>] {
            update(&metadata[keyPath: path], nil)
        }
        update(&metadata.authors, nil)
        update(&metadata.tags, nil)
        return .metadata(metadata)
    }

    mutating func visitSection(_ section: Section) -> BriefingNode? {
        guard case .section(var section) = rewriteChildren(of: .section(section)) else { return nil }
        update(&section.heading, section.location)
        return .section(section)
    }

    mutating func visitParagraph(_ paragraph: Paragraph) -> BriefingNode? {
        var paragraph = paragraph
        update(&paragraph.text, paragraph.location)
        return .paragraph(paragraph)
    }

    mutating func visitListItem(_ item: ListItem) -> BriefingNode? {
        guard case .listItem(var item) = rewriteChildren(of: .listItem(item)) else { return nil }
        update(&item.label, item.location)
        update(&item.text, item.location)
        return .listItem(item)
    }

    mutating func visitQuote(_ quote: Quote) -> BriefingNode? {
        guard case .quote(var quote) = rewriteChildren(of: .quote(quote)) else { return nil }
        update(&quote.text, quote.location)
        update(&quote.attribution, quote.location)
        return .quote(quote)
    }

    mutating func visitCodeBlock(_ code: CodeBlock) -> BriefingNode? {
        var code = code
        update(&code.text, code.location)
        update(&code.language, code.location)
        return .code(code)
    }

    mutating func visitTable(_ table: Table) -> BriefingNode? {
        var table = table
        for row in table.rows.indices { update(&table.rows[row], table.location) }
        update(&table.caption, table.location)
        return .table(table)
    }

    mutating func visitFigure(_ figure: Figure) -> BriefingNode? {
        var figure = figure
        update(&figure.caption, figure.location)
        update(&figure.source, figure.location)
        return .figure(figure)
    }

    mutating func visitEntity(_ entity: Entity) -> BriefingNode? {
        var entity = entity
        update(&entity.name, entity.firstMention)
        update(&entity.aliases, entity.firstMention)
        return .entity(entity)
    }

    mutating func visitAttributedQuote(_ quote: AttributedQuote) -> BriefingNode? {
        var quote = quote
        update(&quote.text, quote.location)
        update(&quote.speaker, quote.location)
        if var cue = quote.cue?.rawValue {
            update(&cue, quote.location)
            quote.cue = AttributedQuote.Cue(cue)
        }
        return .attributedQuote(quote)
    }

    mutating func visitKeyphrase(_ keyphrase: Keyphrase) -> BriefingNode? {
        var keyphrase = keyphrase
        update(&keyphrase.text, nil)
        return .keyphrase(keyphrase)
    }

    mutating func visitSummary(_ summary: Summary) -> BriefingNode? {
        var summary = summary
        update(&summary.sentences, nil)
        return .summary(summary)
    }

    mutating func visitEstimate(_ estimate: Estimate) -> BriefingNode? {
        var estimate = estimate
        update(&estimate.text, estimate.location)
        update(&estimate.phrase, estimate.location)
        return .estimate(estimate)
    }

    mutating func visitCustomResult(key: String, value: AnalysisValue) -> BriefingNode? {
        var key = key
        update(&key, nil)
        return .customResult(key: key, value: rewritten(value))
    }

    private func rewritten(_ value: AnalysisValue) -> AnalysisValue {
        switch value {
        case .string(var text):
            update(&text, nil)
            return .string(text)
        case .array(let elements):
            return .array(elements.map(rewritten))
        case .object(let members):
            var result: [String: AnalysisValue] = [:]
            for (name, member) in members {
                var name = name
                update(&name, nil)
                result[name] = rewritten(member)
            }
            return .object(result)
        case .null, .bool, .integer, .number:
            return value
        }
    }

    mutating func visitDiagnostic(_ diagnostic: Diagnostic) -> BriefingNode? {
        var diagnostic = diagnostic
        update(&diagnostic.code.rawValue, diagnostic.location)
        update(&diagnostic.message, diagnostic.location)
        return .diagnostic(diagnostic)
    }
}
