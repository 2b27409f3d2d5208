import ArgumentParser

/// How a live screen treats the terminal it opens (open, present, follow; not the commands
/// that print text).
struct TerminalOptions: ParsableArguments {
    @Flag(name: .customLong("no-detect"),
          help: "Do not ask the terminal at start whether it draws box characters two cells wide (then ASCII borders); --ascii sets them by hand.")
    var noDetect = false

    /// Whether to run the width probe: not when asked not to, and not when the glyphs are
    /// ASCII already (--ascii, a locale that is not UTF-8, a VT terminal type), since its
    /// only outcome is ASCII glyphs.
    func detectsWidth(asciiAlready: Bool) -> Bool { !noDetect && !asciiAlready }
}
