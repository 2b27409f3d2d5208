import TerminalKit
import IndustryModel

/// Everything known about one indicator: names, baseline, dated values, target and the
/// document's words, pace, sources, notes and the plan tasks that set it. Wrapped, never
/// cut; Tab focuses it and ↑↓ scroll it when it is longer than its panel.
enum IndicatorDetail {
    static func render(_ ctx: inout RenderContext, city: City, indicator: Indicator, in area: Rect, panel: Int, scroll: Int) {
        let inner = ctx.panel(indicator.name.text(ctx.display.language), in: area, panel: panel)
        guard !inner.isEmpty else { return }
        ctx.draw(Paragraphs(items(city: city, indicator: indicator, ctx.display), offset: scroll), in: inner)
    }

    /// How far the detail scrolls in a panel of this size: its rows beyond the panel's.
    static func scrollLimit(city: City, indicator: Indicator, _ display: Display, in area: Rect) -> Int {
        let inner = area.inset(by: 1)
        return Paragraphs(items(city: city, indicator: indicator, display)).scrollLimit(width: inner.width, height: inner.height)
    }

    static func items(city: City, indicator: Indicator, _ display: Display) -> [Paragraphs.Item] {
        let progress = city.progress(of: indicator, asOf: display.asOf)
        let known = indicator.known(asOf: display.asOf)  // later figures were not yet published
        var items: [Paragraphs.Item] = []
        func line(_ text: String, _ style: Style = .text, indent: Int = 2) { items.append(.text(text, style, indent: indent)) }
        // The full name first: the panel's title may be cut, the body never is.
        line(indicator.name.text(display.language), Style(.title, bold: true), indent: 0)
        let other = display.language == .zh ? indicator.name.en : indicator.name.zh
        if display.showsChinese { line(other, Style(.muted), indent: 0) }
        let category = city.categories.first { $0.id == indicator.category }?.name.text(display.language) ?? indicator.category
        line(category + (indicator.number.map { " · " + display.t(Labels.system) + " #\($0)" } ?? ""), Style(.muted))
        if let baseline = indicator.baseline {
            line(display.t(Labels.baseline) + ": " + Format.figure(baseline.value, indicator, qualifiers: baseline.qualifiers, display)
                 + " (\(baseline.date))" + Format.quote(baseline.wording, display))
        }
        if let target = indicator.target {
            line(display.t(Labels.target) + ": " + Format.target(indicator, display) + " (\(target.year))", Style(.title, bold: true))
            let quoted = Format.quote(target.wording, display)
            if !quoted.isEmpty { line("  " + display.t(Labels.wording) + quoted, Style(.muted), indent: 4) }
        }
        line(display.t(Labels.observations) + ":")
        if known.isEmpty { line("  " + display.t(Labels.noData), Style(.noData), indent: 4) }
        for observation in known.suffix(4) {
            line("  \(observation.date)  " + Format.observation(observation, indicator, display)
                 + Format.quote(observation.wording, display), .text, indent: 4)
        }
        let series = Format.series(indicator, display)
        if series.count >= 2 {
            items.append(.widget(Indented(LabelledSparkline(values: series.map(\.value),
                                                            label: " \(series[0].date.year)-\(series[series.count - 1].date.year)")),
                                 width: 40))
        }
        line(display.t(Labels.status) + ": " + Format.status(progress, display), Style(Format.role(progress.status), bold: true))
        if progress.share != nil {
            let gauge = Gauge(ratio: progress.share.map { min(max($0, 0), 1) }, label: Format.share(progress, display),
                              role: Format.role(progress.status), expected: progress.expected)
            items.append(.widget(gauge, width: 40))
            if let expected = progress.expected {
                line("  " + display.t(Labels.expectedPace) + " " + Format.percent(expected), Style(.muted))
            }
        }
        if progress.isStale {
            line(display.t(Labels.stale) + " " + display.t(Labels.lastPace) + " " + display.t(progress.paceLabel), Style(.atRisk))
        }
        if (progress.lastPace ?? progress.status) == .paceUnknown { line(display.t(Labels.paceUnknown), Style(.muted)) }
        let sourceIDs = ([indicator.target?.source] + known.map(\.source) + [indicator.baseline?.source])
            .compactMap { $0 }
        for id in orderedUnique(sourceIDs) {
            line(display.t(Labels.source) + ": " + Format.source(city.source(id), display), Style(.muted))
            if let address = city.source(id)?.whereToRead(display.language) { line("  " + address, Style(.muted), indent: 4) }
        }
        if let note = indicator.note { line(display.t(Labels.note) + ": " + note.text(display.language), Style(.accent)) }
        for action in city.actions {
            for task in action.tasks where task.indicators.contains(indicator.id) {
                let leads = task.leads.compactMap { city.department($0)?.name.text(display.language) }
                    .joined(separator: display.t(Labels.listSeparator))
                line(display.t(Labels.task(task.number)) + task.name.text(display.language)
                     + " (" + display.t(Labels.leads) + ": " + leads + ")", Style(.muted))
            }
        }
        return items
    }

    static func orderedUnique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
