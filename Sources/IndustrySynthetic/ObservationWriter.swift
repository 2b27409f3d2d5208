/// One city's observations as CSV: a row per indicator and year, oldest first.
enum ObservationWriter {
    static let header = "city,indicator,date,value,source,qualifiers\n"

    static func csv(_ plan: CityPlan) -> String {
        var out = header
        out.reserveCapacity(header.utf8.count + plan.indicators.count * plan.spec.years * 44)
        for indicator in plan.indicators {
            var noise = SplitMix64(seed: indicator.noiseSeed)
            for year in plan.firstYear..<(plan.firstYear + plan.spec.years) {
                let value = CityPlan.value(indicator, year: year, baselineYear: plan.baselineYear, noise: &noise)
                let forecast = indicator.forecastLast && year == plan.firstYear + plan.spec.years - 1
                out += "\(plan.id),\(indicator.id),\(year)-12-31,\(JSONText.number(value)),stats,\(forecast ? "expected" : "")\n"
            }
        }
        return out
    }
}
