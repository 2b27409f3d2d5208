import TerminalKit
import IndustryModel

/// Everything known about one indicator: names, baseline, dated values, target and the
/// document's words, pace, sources, notes and the plan tasks that set it.
enum IndicatorDetail {
    static func render(_ ctx: inout RenderContext, city: City, indicator: Indicator, in area: Rect) {
        let display = ctx.display
        let progress = city.progress(of: indicator, asOf: display.asOf)
        let known = indicator.known(asOf: display.asOf)  // later figures were not yet published
        let inner = ctx.panel(indicator.name.text(display.language), in: area)
        guard !inner.isEmpty else { return }
        var row = 0
        func line(_ text: String, _ style: Style = .text) {
            guard row < inner.height else { return }
            ctx.text(text, in: inner, row: row, style: style)
            row += 1
        }
        let other = display.language == .zh ? indicator.name.en : indicator.name.zh
        if display.showsChinese { line(other, Style(.muted)) }
        let category = city.categories.first { $0.id == indicator.category }?.name.text(display.language) ?? indicator.category
        line(category + (indicator.number.map { " · " + display.t(Labels.system) + " #\($0)" } ?? ""), Style(.muted))
        if let baseline = indicator.baseline {
            line(display.t(Labels.baseline) + ": " + Format.figure(baseline.value, indicator, qualifiers: baseline.qualifiers, display)
                 + " (\(baseline.date))" + Format.quote(baseline.wording, display))
        }
        if let target = indicator.target {
            line(display.t(Labels.target) + ": " + Format.target(indicator, display) + " (\(target.year))", Style(.title, bold: true))
            let quoted = Format.quote(target.wording, display)
            if !quoted.isEmpty { line("  " + display.t(Labels.wording) + quoted, Style(.muted)) }
        }
        line(display.t(Labels.observations) + ":")
        if known.isEmpty { line("  " + display.t(Labels.noData), Style(.noData)) }
        for observation in known.suffix(4) {
            line("  \(observation.date)  " + Format.observation(observation, indicator, display)
                 + Format.quote(observation.wording, display))
        }
        let series = Format.series(indicator, display)
        if series.count >= 2 && row < inner.height {
            let years = " \(series[0].date.year)-\(series[series.count - 1].date.year)"
            let width = min(30, series.count * 2, max(0, inner.width - 2 - years.count))
            ctx.draw(Sparkline(series.map(\.value)), in: Rect(x: inner.x + 2, y: inner.y + row, width: width, height: 1))
            ctx.text(years, in: Rect(x: inner.x + 2 + width, y: inner.y + row, width: years.count, height: 1), row: 0,
                     style: Style(.muted))
            row += 1
        }
        line(display.t(Labels.status) + ": " + Format.status(progress, display), Style(Format.role(progress.status), bold: true))
        if progress.share != nil && row < inner.height {
            let gauge = Gauge(ratio: progress.share.map { min(max($0, 0), 1) }, label: Format.share(progress, display),
                              role: Format.role(progress.status), expected: progress.expected)
            ctx.draw(gauge, in: Rect(x: inner.x, y: inner.y + row, width: min(inner.width, 40), height: 1))
            row += 1
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
            if let address = city.source(id)?.whereToRead(display.language) { line("  " + address, Style(.muted)) }
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
    }

    static func orderedUnique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}

/// The whole indicator system of a city, sortable, with the selected indicator's detail.
