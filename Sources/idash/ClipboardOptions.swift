import ArgumentParser

/// `--clipboard`: whether `y` may copy to the terminal's clipboard, for the commands that
/// open the dashboard (`open`, and `present`, whose Esc leads to it) and for `idash config`,
/// which shows where the choice came from.
struct ClipboardOptions: ParsableArguments {
    @Flag(name: .long, inversion: .prefixedNo,
          help: "Let y copy the selected figure with its date and source to the terminal's clipboard (OSC 52), or not, whatever the settings file says (default: off).")
    var clipboard: Bool?
}
