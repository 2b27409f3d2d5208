import ArgumentParser
import IndustryApp
import IndustryModel
import IndustryViews

/// A plain-text summary of the loaded data, city by city, for pipes and scripts.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print a text summary of every city: its system, clusters, targets and their status, and sources."
    )

    @OptionGroup var settingOptions: SettingOptions
    @OptionGroup var options: DataOptions

    func run() throws {
        let settings = try settingOptions.settings(Environment.current)
        let dataset = try options.dataset(settings)
        print(SummaryText.render(dataset, asOf: try options.day(), language: settings.language.value))
    }
}

enum SummaryText {
    static func render(_ dataset: Dataset, asOf: Day, language: Language) -> String {
        var lines: [String] = []
        let en = language == .en
        lines.append(en ? "IndustryDash: progress as of \(asOf)" : "IndustryDash:截至 \(asOf) 的进度")
        for city in dataset.cities {
            lines.append("")
            lines.append("== \(city.order). \(city.name.text(language)) (\(city.id))")
            if let system = city.system {
                // Counts the documents do not give are left out, not shown as "?".
                let counts = Labels.systemCounts(system).map { $0.text(language) }
                lines.append("   " + system.name.text(language) + (counts.isEmpty ? "" : ": " + counts.joined(separator: en ? ", " : "、")))
            }
            let clusters = city.clusters.map { $0.name.text(language) }.joined(separator: en ? ", " : "、")
            let heading = city.listsSystemClusters ? (en ? "Clusters: " : "产业集群:")
                : (en ? "Industries the documents name (not members of the system): " : "文件点名的产业(非体系成员):")
            lines.append("   " + heading + clusters)
            let counts = city.statusCounts(asOf: asOf)
            let statusLine = ProgressStatus.judged.compactMap { status in
                counts[status].map { "\(status.label.text(language)) \($0)" }
            }.joined(separator: " · ")
            let forecasts = city.forecastCount(asOf: asOf)
            let expected = forecasts == 0 ? "" : (en ? " (\(forecasts) of them expected figures)" : "(其中\(forecasts)项依据预计值)")
            lines.append("   " + (en ? "Targets: " : "目标:") + statusLine + expected)
            for indicator in city.indicators {
                lines.append("   - " + indicatorLine(indicator, in: city, asOf: asOf, language: language))
            }
            lines.append("   " + (en ? "Facts: " : "关键数据:") + "\(city.facts.count)" + (en ? ", sources:" : ",来源:"))
            for source in city.sources {
                lines.append("     [\(source.id)] \(source.publisher.text(language)), \(source.title.text(language)), \(source.date)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func indicatorLine(_ indicator: Indicator, in city: City, asOf: Day, language: Language) -> String {
        let progress = city.progress(of: indicator, asOf: asOf)
        var parts = [indicator.name.text(language)]
        if let latest = progress.latest {
            parts.append(FigureFormat.qualified(latest.value, unit: indicator.unit, measure: indicator.measure,
                                                qualifiers: latest.qualifiers, language: language) + " (\(latest.date))")
        }
        if let target = indicator.target {
            let goal = target.value.map {
                FigureFormat.qualified($0, unit: indicator.unit, measure: indicator.measure, qualifiers: target.qualifiers,
                                       language: language)
            } ?? target.text?.text(language) ?? ""
            parts.append("→ \(goal) @\(target.year)")
        }
        var flags = [progress.label.text(language)]
        if progress.isStale && progress.lastPace != .paceUnknown {
            flags.append((language == .en ? "last pace: " : "最近进度:") + progress.paceLabel.text(language))
        }
        parts.append("[" + flags.joined(separator: language == .en ? ", " : ",") + "]")
        return parts.joined(separator: " ")
    }
}
