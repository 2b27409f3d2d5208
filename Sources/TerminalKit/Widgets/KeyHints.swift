/// The footer naming the keys a screen answers to:
///
///     ←→ 城市  ↵ 进入  / 搜索  ? 帮助  q 退出
///
/// Keys are in `.key`, their descriptions in `.muted`. A hint that does not fit is dropped
/// whole with all after it, so put the most useful first: half a hint ("? 帮") reads as a
/// different key.
public struct KeyHints: Widget, Hashable, Sendable {
    public struct Hint: Hashable, Sendable {
        public var key: String
        public var label: String

        public init(_ key: String, _ label: String) {
            self.key = key
            self.label = label
        }
    }

    public var hints: [Hint]

    public init(_ hints: [Hint]) {
        self.hints = hints
    }

    /// Columns between two hints: wider than the one inside a hint, so pairs read as pairs.
    static let spacing = 2

    public func render(in area: Rect, on canvas: inout Canvas) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        canvas.grid.fill(line, style: Style(.muted))
        let ascii = canvas.glyphs.isASCII
        var x = line.x
        for hint in hints {
            let key = Sanitizer.clean(ascii ? Self.asciiKey(hint.key) : hint.key, ascii: ascii)
            let label = Sanitizer.clean(hint.label, ascii: ascii)
            let keyWidth = CellWidth.of(key), labelWidth = CellWidth.of(label)
            let inner = keyWidth > 0 && labelWidth > 0 ? 1 : 0
            let width = keyWidth + inner + labelWidth
            guard width > 0 else { continue }
            let gap = x == line.x ? 0 : Self.spacing
            guard x + gap + width <= line.right else { break }
            x += gap
            canvas.grid.write(key, x: x, y: line.y, limit: keyWidth, style: Style(.key))
            canvas.grid.write(label, x: x + keyWidth + inner, y: line.y, limit: labelWidth, style: Style(.muted))
            x += width
        }
    }

    /// Arrow and return symbols as ASCII, so one hint list serves both glyph sets (and any
    /// other key named on screen, such as a panel's "Tab ↵").
    /// Arrows are named ("Up/Down"), as no ASCII glyph is free to stand for them in a key.
    public static func asciiKey(_ key: String) -> String {
        let names: [Character: String] = ["←": "Left", "→": "Right", "↑": "Up", "↓": "Down", "↵": "Enter", "⏎": "Enter"]
        var parts: [String] = []
        var previousWasName = false
        for character in key {
            if let name = names[character] {
                parts.append(previousWasName ? "/" + name : name)
                previousWasName = true
            } else {
                parts.append(String(character))
                previousWasName = false
            }
        }
        return parts.joined()
    }
}
