import TerminalKit
import IndustryModel

/// Every symbol the dashboard draws, by what it means, for one glyph set: the borders,
/// bars and marks of the widgets, the status marks and the signs of a short figure. Listed
/// once so a test can hold that in ASCII (LANG=C, --ascii) no glyph means two things.
public enum GlyphVocabulary {
    public struct Entry: Hashable, Sendable {
        public var meaning: String
        public var glyph: String
    }

    public static func entries(_ glyphs: Glyphs) -> [Entry] {
        func entry(_ meaning: String, _ glyph: String) -> Entry { Entry(meaning: meaning, glyph: glyph) }
        let borders = [glyphs.horizontal, glyphs.vertical, glyphs.topLeft, glyphs.topRight, glyphs.bottomLeft,
                       glyphs.bottomRight, glyphs.heavyHorizontal, glyphs.heavyVertical].map { entry("border", $0) }
        let bars = glyphs.eighths.filter { !$0.isEmpty }.map { entry("bar", $0) } + [entry("bar", glyphs.full)]
        let widgets = [
            entry("track", glyphs.empty), entry("target", glyphs.targetMarker), entry("cut", glyphs.ellipsis),
            entry("breadcrumb", glyphs.separator.trimmed(" ")), entry("selected", glyphs.selected),
            entry("selected", glyphs.selectedIdle), entry("up", glyphs.moreAbove), entry("down", glyphs.moreBelow),
            entry("cursor", glyphs.cursor), entry("none", glyphs.none), entry("new", glyphs.new),
        ]
        let marks = ProgressStatus.allCases.map { status in
            // Expected-met and on-track share the on-track mark on purpose: one meaning, "+";
            // a row without a target shows the same "none" as an empty cell.
            status == .noTarget ? entry("none", Format.mark(status, ascii: glyphs.isASCII))
                : entry("status " + (status == .expectedMet ? ProgressStatus.onTrack : status).rawValue,
                        Format.mark(status, ascii: glyphs.isASCII))
        }
        let signs = [entry("at least", Format.atLeastSign), entry("over", Format.overSign), entry("about", Format.aboutSign)]
        // A blank is no symbol, and a spark's levels are one scale.
        return (borders + bars + widgets + marks + signs + glyphs.sparks.map { entry("spark", $0) }).filter { $0.glyph != " " }
    }

    /// Glyphs that stand for more than one meaning, with the meanings: empty when each
    /// glyph means one thing.
    public static func clashes(_ glyphs: Glyphs) -> [String: [String]] {
        var meanings: [String: Set<String>] = [:]
        for entry in entries(glyphs) { meanings[entry.glyph, default: []].insert(entry.meaning) }
        return meanings.filter { $0.value.count > 1 }.mapValues { $0.sorted() }
    }
}

private extension String {
    func trimmed(_ set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
