import TerminalKit
import IndustryModel

/// How figures, statuses and sources read on screen, in one place for every view.
enum Format {
    /// A status as a mark and a word: never colour alone (colour-blind readers, mono themes).
    static func status(_ progress: Progress, _ display: Display) -> String {
        // The label carries the forecast ("预计…") and a missing target-year result itself.
        mark(progress.status, ascii: display.ascii) + " " + display.t(progress.label)
    }

    /// "(预计2)": how many of the statuses counted beside it rest on forecasts; "" for none.
    static func forecasts(_ count: Int, _ display: Display) -> String {
        guard count > 0 else { return "" }
        return display.t(Labels.forecastCount(count))
    }

    /// The status counts and, apart from them, how many rest on forecasts: "◊0 (其中预计3)",
    /// so the forecasts are not read as the last mark's.
    static func statusCounts(_ counts: [ProgressStatus: Int], forecasts: Int, _ display: Display, words: Bool = false) -> String {
        let note = Self.forecasts(forecasts, display)
        return statusCounts(counts, display, words: words) + (display.language == .zh && !note.isEmpty ? " " : "") + note
    }

    static func mark(_ status: ProgressStatus, ascii: Bool) -> String {
        switch status {
        // One meaning a glyph: `~` is "about" in figures, so the qualitative mark is its own.
        case .achieved: return ascii ? "ok" : "✓"
        case .expectedMet, .onTrack: return "+"
        case .atRisk: return "!"
        case .behind: return ascii ? "x" : "✗"
        case .paceUnknown: return "%"
        case .noData: return "?"
        case .qualitative: return ascii ? "q" : "◊"
        case .noTarget: return ascii ? Glyphs.ascii.none : "·"
        }
    }

    /// Every status with its count, none left out (zeros and no data included), so the
    /// counts always add up to the targets: "✓0 +2 !0 ✗1 %0 ?35 ~2". Expected-met counts
    /// with on track, as the city's mark for both is `+`.
    static func statusCounts(_ counts: [ProgressStatus: Int], _ display: Display, words: Bool = false) -> String {
        let shown: [ProgressStatus] = [.achieved, .onTrack, .atRisk, .behind, .paceUnknown, .noData, .qualitative]
        return shown.map { status in
            let count = counts[status, default: 0] + (status == .onTrack ? counts[.expectedMet, default: 0] : 0)
            return mark(status, ascii: display.ascii) + (words ? display.t(status.label) + " " : "") + "\(count)"
        }.joined(separator: words ? "  " : " ")
    }

    static func role(_ status: ProgressStatus) -> Role {
        switch status {
        case .achieved: return .achieved
        case .expectedMet, .onTrack: return .onTrack
        case .atRisk: return .atRisk
        case .behind: return .behind
        case .paceUnknown, .noData, .qualitative, .noTarget: return .noData
        }
    }

    static func figure(_ value: Double, _ indicator: Indicator, qualifiers: [Qualifier], _ display: Display) -> String {
        FigureFormat.qualified(value, unit: indicator.unit, measure: indicator.measure, qualifiers: qualifiers,
                               language: display.language)
    }

    static func latest(_ indicator: Indicator, _ display: Display, compact: Bool = false) -> String {
        observation(indicator.judged(asOf: display.asOf), indicator, display, compact: compact)
    }

    /// An observed figure; a partial year's says which months it covers ("1-9月 4.1万亿元").
    static func observation(_ observation: Observation?, _ indicator: Indicator, _ display: Display,
                            compact: Bool = false) -> String {
        guard let observation else { return display.t(Labels.noData) }
        let qualifiers = observation.qualifiers.filter { $0 != .partial }
        let figure = compact ? short(observation.value, indicator, qualifiers, display)
            : self.figure(observation.value, indicator, qualifiers: qualifiers, display)
        return newMark(observation.published, display)
            + (observation.isPartial ? months(observation.date, display) + " " + figure : figure)
    }

    /// "✦ " (ASCII "new ") before a figure published since `--since`, "" otherwise: first,
    /// so a figure cut to fit a narrow cell keeps its mark.
    static func newMark(_ published: Day, _ display: Display) -> String {
        display.isNew(published) ? (display.ascii ? Glyphs.ascii : Glyphs.unicode).new + " " : ""
    }

    /// The months a partial-year figure covers, from January to its date's month.
    static func months(_ day: Day, _ display: Display) -> String {
        display.t(Labels.monthsTo(day.month))
    }

    /// The whole-year values known on the day shown, oldest first, with the baseline where no
    /// observation has its date: the series a sparkline draws.
    static func series(_ indicator: Indicator, _ display: Display) -> [Observation] {
        var points = indicator.known(asOf: display.asOf).filter { !$0.isPartial }
        if let baseline = indicator.baseline, !points.contains(where: { $0.date == baseline.date }) {
            points.append(baseline)
            points.sort { $0.date < $1.date }
        }
        return points
    }

    /// The signs a short figure writes its qualifiers with, the same in both glyph sets.
    static let atLeastSign = ">=", overSign = ">", aboutSign = "~"

    /// A figure for a narrow table cell. Chinese is already short (预计超1.3万亿元); English
    /// drops the measure word and writes qualifiers as signs (exp. >1.3 tn yuan).
    static func short(_ value: Double, _ indicator: Indicator, _ qualifiers: [Qualifier], _ display: Display) -> String {
        guard display.language == .en else { return figure(value, indicator, qualifiers: qualifiers, display) }
        var number: String
        switch indicator.unit {
        case .yiYuan:
            number = abs(value) >= 10_000 ? FigureFormat.decimal(value / 10_000) + " tn yuan"
                : FigureFormat.decimal(value / 10) + " bn yuan"
        case .count:
            number = FigureFormat.decimal(value)
        default:
            number = FigureFormat.value(value, unit: indicator.unit, language: .en)
        }
        if qualifiers.contains(.atLeast) { number = Self.atLeastSign + number }
        if qualifiers.contains(.over) { number = Self.overSign + number }
        if qualifiers.contains(.about) { number = Self.aboutSign + number }
        if qualifiers.contains(.expected) { number = "exp. " + number }
        // "aim" for 力争 where "striving for" would push the figure out of a narrow cell.
        if qualifiers.contains(.striving) { number = "aim " + number }
        return number
    }

    /// The target, 力争 (striving for) kept in every form: a target the document only strives
    /// for is not shown as a plain one, in a table cell or on a slide.
    static func target(_ indicator: Indicator, _ display: Display, compact: Bool = false) -> String {
        guard let target = indicator.target else { return "" }
        if let value = target.value {
            if compact {
                return short(value, indicator, target.qualifiers, display)
            }
            return figure(value, indicator, qualifiers: target.qualifiers, display)
        }
        return target.text?.text(display.language) ?? ""
    }

    static func fact(_ fact: Fact, _ display: Display) -> String {
        newMark(fact.published, display)
            + FigureFormat.qualified(fact.value, unit: fact.unit, measure: fact.measure, qualifiers: fact.qualifiers,
                                     language: display.language)
    }

    static func percent(_ share: Double?) -> String {
        guard let share, share.isFinite else { return "" }
        return FigureFormat.decimal(share * 100, decimals: 0) + "%"
    }

    /// The share of the target reached; a forecast's share says it is one ("预计100%").
    static func share(_ progress: Progress, _ display: Display) -> String {
        let percent = percent(progress.share)
        guard progress.isForecast, !percent.isEmpty else { return percent }
        return display.t(Labels.expectedShort) + (display.language == .zh ? "" : " ") + percent
    }

    /// The document's own (Chinese) words, quoted, where the screen can show them: an
    /// English screen in ASCII mode (LANG=C, --ascii) leaves them out rather than print `?`.
    static func quote(_ wording: String?, _ display: Display) -> String {
        guard let wording, display.showsChinese else { return "" }
        return " 「\(wording)」"
    }

    /// "publisher, title, date" for a source footer line.
    static func source(_ source: Source?, _ display: Display) -> String {
        source?.citation(display.language) ?? ""
    }

    /// The source of what a row shows: its latest figure's, else its target's.
    static func figureSource(_ indicator: Indicator, _ city: City, _ display: Display) -> Source? {
        (indicator.judged(asOf: display.asOf)?.source ?? indicator.target?.source).flatMap(city.source)
    }

    /// The short form for status bars: "来源 date: publisher".
    static func sourceShort(_ source: Source?, _ display: Display) -> String {
        guard let source else { return "" }
        // The date first: when the line is cut, the publisher's tail goes, not the date.
        return display.t(Labels.source) + " " + source.date.description + ": " + source.publisher.text(display.language)
    }

    /// Short distinctions for a table column: 国家级, 万亿级, 支柱.
    static func tags(_ cluster: Cluster, _ display: Display) -> String {
        cluster.tags.compactMap { Labels.distinctions[$0].map(display.t) }.joined(separator: display.t(Labels.listSeparator))
    }
}
