/// Asks the terminal to put text on the system clipboard: OSC 52 (`ESC ] 52 ; c ; base64
/// BEL`), which xterm, kitty, WezTerm, foot, iTerm2, Windows Terminal and tmux (with
/// `set-clipboard on`) understand, also over SSH, since it travels with the screen's bytes.
public enum ClipboardRequest {
    /// The bytes to send. The text is Base64 inside the sequence, so nothing in it can end
    /// the sequence early or start another one; the caller still cleans it of control
    /// characters, which would otherwise reach wherever it is pasted.
    /// BEL ends it rather than ST (`ESC \`), as terminfo's `Ms` and tmux itself write it.
    public static func osc52(_ text: String) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + Base64.encode(Array(text.utf8)) + [0x07]
    }
}
