extension ColorDepth {
    /// The colour depth to draw with, from the environment and the number of colours the
    /// terminfo entry for `TERM` declares (`tigetnum("colors")`; -1 or 0 when unknown).
    /// A pure function, so the rules are tested without a terminal:
    ///
    /// - `NO_COLOR` set to anything non-empty (https://no-color.org) means no colour at all;
    ///   callers then also pick the mono theme, which speaks through attributes.
    /// - Otherwise terminfo decides. ncurses can only send what terminfo describes: with
    ///   `TERM=xterm-256color` it has no way to send a 24-bit colour, so `COLORTERM=truecolor`
    ///   cannot raise the depth above 256. Nor can a missing `COLORTERM` lower it: SSH and
    ///   sudo drop the variable, and with a direct-colour entry (`TERM=xterm-direct`, 2^24
    ///   colours) ncurses reads colour numbers as RGB values, so palette indices would come
    ///   out wrong. So true colour needs a direct-colour terminfo entry, with or without
    ///   `COLORTERM=truecolor` (or `24bit`); `COLORTERM` itself never changes the result.
    /// - Terminfo counts between the depths (88 colours) round down to the depth below.
    public static func detect(environment: [String: String], terminfoColors: Int) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        return ColorDepth.allCases.last { $0.rawValue <= max(terminfoColors, 0) } ?? .none
    }
}
