import FileFormats

/// How each role looks: colours and attributes, read from a theme file such as
/// `themes/dark.json5`, then made concrete for a terminal's colour depth by `palette(for:)`.
public struct Theme: Sendable {
    public let name: String
    public let description: String
    /// Each role as the theme writes it, before degrading to a terminal's depth.
    public let styles: [Role: ResolvedStyle]
    /// Built up front for every depth, because views resolve every cell of every frame.
    private let palettes: [Palette]

    /// A role left out gets the terminal's own colours and no attributes.
    public init(name: String, description: String = "", styles: [Role: ResolvedStyle]) {
        self.name = name
        self.description = description
        self.styles = styles
        palettes = ColorDepth.allCases.map { Palette(styles: styles, depth: $0) }
    }

    public func palette(for depth: ColorDepth) -> Palette {
        palettes.first { $0.depth == depth } ?? Palette(styles: styles, depth: depth)
    }

    /// For occasional use; a renderer should keep `palette(for:)` and resolve through it.
    public func resolve(_ style: Style, depth: ColorDepth) -> ResolvedStyle {
        palette(for: depth).resolve(style)
    }
}

/// A theme made concrete for one colour depth: every role and emphasis resolved in advance,
/// so `resolve` is an array lookup.
public struct Palette: Sendable {
    public let depth: ColorDepth
    /// Four entries per role, in `Role.allCases` order: plain, bold, reverse, bold and reverse.
    private let table: [ResolvedStyle]
    private static let roles = Role.allCases

    public init(styles: [Role: ResolvedStyle], depth: ColorDepth) {
        self.depth = depth
        let emphases: [TextAttributes] = [[], .bold, .reverse, [.bold, .reverse]]
        table = Palette.roles.flatMap { role in
            let base = ColorDegrade.style(styles[role] ?? ResolvedStyle(), of: role, at: depth)
            return emphases.map { ResolvedStyle(foreground: base.foreground, background: base.background,
                                                attributes: base.attributes.union($0)) }
        }
    }

    /// The style's role as resolved for this depth, plus the bold and reverse the widget added.
    public func resolve(_ style: Style) -> ResolvedStyle {
        let row = Palette.roles.firstIndex(of: style.role) ?? 0
        return table[row * 4 + (style.bold ? 1 : 0) + (style.reverse ? 2 : 0)]
    }
}

extension Theme {
    /// Reads a theme file: `{name, description, roles: {<role>: {fg, bg, bold, dim,
    /// underline, reverse}}}`, with comments, trailing commas and unquoted keys allowed.
    /// Every role must be styled, so a new role cannot silently fall back to plain text.
    public static func parse(_ bytes: [UInt8], file: String) throws(DiagnosticsError) -> Theme {
        try FieldReader.document(bytes, file: file) { root, log in ThemeReader(log: log).theme(root) }
    }
}

/// Walks a parsed theme file with the field reader every file uses, collecting every
/// problem rather than stopping at the first.
private struct ThemeReader {
    let log: DiagnosticLog

    static let attributeFields: [(key: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse),
    ]
    static let colorNames: [String: TerminalColor] = {
        let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        var table: [String: TerminalColor] = ["default": .terminalDefault]
        for (index, name) in names.enumerated() {
            table[name] = .ansi(UInt8(index))
            table["bright-" + name] = .ansi(UInt8(index + 8))
        }
        return table
    }()

    func theme(_ root: JSONValue) -> Theme? {
        guard let r = FieldReader(root, what: "the theme", log: log) else { return nil }
        let name = r.string("name")
        let description = r.string("description", required: false) ?? ""
        let styles = r.value("roles").flatMap(roles)
        r.finish()
        guard let name, let styles else { return nil }
        return Theme(name: name, description: description, styles: styles)
    }

    func roles(_ value: JSONValue) -> [Role: ResolvedStyle]? {
        guard let r = FieldReader(value, what: "'roles'", log: log, kind: "role") else { return nil }
        var styles: [Role: ResolvedStyle] = [:]
        for member in r.entries() {
            guard let role = Role(rawValue: member.key) else {
                let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
                log.error("unknown role '\(member.key)' (known roles: \(known))", at: member.keyPosition)
                continue
            }
            styles[role] = style(member.value, role: role)
        }
        for role in Role.allCases where styles[role] == nil {
            log.error("missing role '\(role.rawValue)' in 'roles'", at: value.position)
        }
        return styles
    }

    func style(_ value: JSONValue, role: Role) -> ResolvedStyle {
        var style = ResolvedStyle()
        guard let r = FieldReader(value, what: "role '\(role.rawValue)'", log: log) else { return style }
        style.foreground = r.value("fg", required: false).flatMap { color($0, field: "fg") } ?? .terminalDefault
        style.background = r.value("bg", required: false).flatMap { color($0, field: "bg") } ?? .terminalDefault
        for (key, attribute) in Self.attributeFields where r.bool(key, required: false) == true {
            style.attributes.insert(attribute)
        }
        r.finish()
        return style
    }

    /// "#rrggbb", a 256-palette index, or one of the 16 ANSI names or "default".
    func color(_ value: JSONValue, field: String) -> TerminalColor? {
        switch value.kind {
        case .string(let text):
            if let named = Self.colorNames[text] { return named }
            let digits = text.utf8.dropFirst()
            // Checked byte by byte because UInt32(_:radix:) would also accept "+12345".
            let isHex = { (byte: UInt8) in (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte | 0x20) }
            if text.utf8.first == UInt8(ascii: "#"), digits.count == 6, digits.allSatisfy(isHex),
               let value = UInt32(String(text.dropFirst()), radix: 16) {
                return .rgb(UInt8(value >> 16), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
            }
        case .number(let number) where number == number.rounded() && number >= 0 && number <= 255:
            return .indexed(UInt8(number))
        default:
            break
        }
        log.error("bad colour \(value.brief) in '\(field)': write \"#rrggbb\", a palette index 0-255, "
                  + "\"default\" or an ANSI name such as \"red\" or \"bright-blue\"", at: value.position)
        return nil
    }
}
