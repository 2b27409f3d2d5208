import TerminalKit
import IndustryModel

/// Everything known about one indicator: names, baseline, dated values, target and the
/// document's words, pace, sources, notes and the plan tasks that set it.
enum IndicatorDetail {
    static func render(_ ctx: inout RenderContext, city: City, indicator: Indicator, in area: Rect) {
        let state = ctx.state
        let progress = city.progress(of: indicator, asOf: state.asOf)
        let known = indicator.known(asOf: state.asOf)  // later figures were not yet published
        let inner = ctx.panel(indicator.name.text(state.language), in: area)
        guard !inner.isEmpty else { return }
        var row = 0
        func line(_ text: String, _ style: Style = .text) {
            guard row < inner.height else { return }
            ctx.text(text, in: inner, row: row, style: style)
            row += 1
        }
        let other = state.language == .zh ? indicator.name.en : indicator.name.zh
        if state.showsChinese { line(other, Style(.muted)) }
        let category = city.categories.first { $0.id == indicator.category }?.name.text(state.language) ?? indicator.category
        line(category + (indicator.number.map { " · " + state.t(Labels.system) + " #\($0)" } ?? ""), Style(.muted))
        if let baseline = indicator.baseline {
            line(state.t(Labels.baseline) + ": " + Format.figure(baseline.value, indicator, qualifiers: baseline.qualifiers, state)
                 + " (\(baseline.date))" + Format.quote(baseline.wording, state))
        }
        if let target = indicator.target {
            line(state.t(Labels.target) + ": " + Format.target(indicator, state) + " (\(target.year))", Style(.title, bold: true))
            let quoted = Format.quote(target.wording, state)
            if !quoted.isEmpty { line("  " + state.t(Labels.wording) + quoted, Style(.muted)) }
        }
        line(state.t(Labels.observations) + ":")
        if known.isEmpty { line("  " + state.t(Labels.noData), Style(.noData)) }
        for observation in known.suffix(4) {
            line("  \(observation.date)  " + Format.observation(observation, indicator, state)
                 + Format.quote(observation.wording, state))
        }
        let series = Format.series(indicator, state)
        if series.count >= 2 && row < inner.height {
            let years = " \(series[0].date.year)-\(series[series.count - 1].date.year)"
            let width = min(30, series.count * 2, max(0, inner.width - 2 - years.count))
            ctx.draw(Sparkline(series.map(\.value)), in: Rect(x: inner.x + 2, y: inner.y + row, width: width, height: 1))
            ctx.text(years, in: Rect(x: inner.x + 2 + width, y: inner.y + row, width: years.count, height: 1), row: 0,
                     style: Style(.muted))
            row += 1
        }
        line(state.t(Labels.status) + ": " + Format.status(progress, state), Style(Format.role(progress.status), bold: true))
        if progress.share != nil && row < inner.height {
            let gauge = Gauge(ratio: progress.share.map { min(max($0, 0), 1) }, label: Format.share(progress, state),
                              role: Format.role(progress.status), expected: progress.expected)
            ctx.draw(gauge, in: Rect(x: inner.x, y: inner.y + row, width: min(inner.width, 40), height: 1))
            row += 1
            if let expected = progress.expected {
                line("  " + state.t(Labels.expectedPace) + " " + Format.percent(expected), Style(.muted))
            }
        }
        if progress.isStale {
            line(state.t(Labels.stale) + " " + state.t(Labels.lastPace) + " " + state.t(progress.paceLabel), Style(.atRisk))
        }
        if (progress.lastPace ?? progress.status) == .paceUnknown { line(state.t(Labels.paceUnknown), Style(.muted)) }
        let sourceIDs = ([indicator.target?.source] + known.map(\.source) + [indicator.baseline?.source])
            .compactMap { $0 }
        for id in orderedUnique(sourceIDs) {
            line(state.t(Labels.source) + ": " + Format.source(city.source(id), state), Style(.muted))
            if let address = city.source(id)?.whereToRead(state.language) { line("  " + address, Style(.muted)) }
        }
        if let note = indicator.note { line(state.t(Labels.note) + ": " + note.text(state.language), Style(.accent)) }
        for action in city.actions {
            for task in action.tasks where task.indicators.contains(indicator.id) {
                let leads = task.leads.compactMap { city.department($0)?.name.text(state.language) }
                    .joined(separator: state.t(Labels.listSeparator))
                line(state.t(Labels.task(task.number)) + task.name.text(state.language)
                     + " (" + state.t(Labels.leads) + ": " + leads + ")", Style(.muted))
            }
        }
    }

    static func orderedUnique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}

/// The whole indicator system of a city, sortable, with the selected indicator's detail.
