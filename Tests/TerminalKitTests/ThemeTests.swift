import Testing
import TestSupport
import Foundation
import BuiltinData
@testable import TerminalKit

private func builtIn(_ name: String) throws -> Theme {
    let bytes = try #require(BuiltinData.themes.first { $0.name == name }?.bytes)
    return try Theme.parse(bytes, file: "themes/\(name).json5")
}

/// A valid theme with one role a line, in `Role.allCases` order from line 5; `change`
/// edits the lines (0-based, so the role `text` is `lines[4]`).
private func source(_ change: (inout [String]) -> Void = { _ in }) -> [UInt8] {
    var lines = ["// a test theme", "{", "  name: \"test\",", "  roles: {"]
    lines += Role.allCases.map { "    \"\($0.rawValue)\": {fg: \"default\"}," }
    lines += ["  },", "}"]
    change(&lines)
    return Array(lines.joined(separator: "\n").utf8)
}

private func problems(_ bytes: [UInt8]) -> [String] {
    do {
        _ = try Theme.parse(bytes, file: "t.json5")
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

@Test func everyBuiltInThemeParsesAndStylesEveryRole() throws {
    #expect(BuiltinData.themes.map(\.name) == ["dark", "light", "projector", "mono"])
    for (name, _) in BuiltinData.themes {
        let theme = try builtIn(name)
        #expect(theme.name == name)
        #expect(!theme.description.isEmpty)
        #expect(Set(theme.styles.keys) == Set(Role.allCases), "\(name)")
    }
}

@Test func theBuiltInThemeListMatchesTheThemesFolder() throws {
    let file = "\(#filePath)"
    let root = file[..<file.range(of: "/Tests/TerminalKitTests/")!.lowerBound]
    let files = try FileManager.default.contentsOfDirectory(atPath: root + "/themes")
    let names = files.filter { $0.hasSuffix(".json5") }.map { String($0.dropLast(".json5".count)) }
    #expect(names.sorted() == BuiltinData.themes.map(\.name).sorted())
}

@Test func theMonoThemeHasNoColourAndIsWhatColourThemesFallBackTo() throws {
    let mono = try builtIn("mono")
    for role in Role.allCases {
        let style = try #require(mono.styles[role])
        #expect(style.foreground == .terminalDefault && style.background == .terminalDefault)
        #expect(style.attributes == ColorDegrade.attributesWithoutColor(for: role), "\(role)")
    }
}

@Test func colourThemesKeepGoodAndBadStatusesApartAtEveryColourDepth() throws {
    for name in ["dark", "light", "projector"] {
        let theme = try builtIn(name)
        for depth in [ColorDepth.trueColor, .indexed256, .sixteen, .eight] {
            let palette = theme.palette(for: depth)
            let good = [Role.achieved, .onTrack].map { palette.resolve(Style($0)).foreground }
            let bad = [Role.atRisk, .behind].map { palette.resolve(Style($0)).foreground }
            #expect(Set(good).isDisjoint(with: bad), "\(name) at \(depth)")
            #expect(bad[0] != bad[1], "\(name) at \(depth): at risk and behind look alike")
        }
    }
}

@Test func withoutColourAColourThemeSpeaksThroughAttributes() throws {
    let none = try builtIn("dark").palette(for: .none)
    for role in Role.allCases {
        let style = none.resolve(Style(role))
        #expect(style.foreground == .terminalDefault && style.background == .terminalDefault)
    }
    #expect(none.resolve(Style(.selection)).attributes.contains(.reverse))
    #expect(none.resolve(Style(.focus)).attributes.contains(.bold))
    #expect(none.resolve(Style(.behind)).attributes == [.bold, .underline])
    #expect(none.resolve(Style(.text)).attributes == [])  // no colour was lost, nothing added
}

@Test func resolveAddsTheWidgetsBoldAndReverseToTheRole() throws {
    let theme = try builtIn("dark")
    for depth in ColorDepth.allCases {
        let palette = theme.palette(for: depth)
        #expect(palette.depth == depth)
        for role in Role.allCases {
            let plain = palette.resolve(Style(role))
            let both = palette.resolve(Style(role, bold: true, reverse: true))
            #expect(both.attributes == plain.attributes.union([.bold, .reverse]))
            #expect(both.foreground == plain.foreground && both.background == plain.background)
            #expect(theme.resolve(Style(role, bold: true), depth: depth) == palette.resolve(Style(role, bold: true)))
        }
    }
    let title = theme.resolve(Style(.title), depth: .trueColor)
    #expect(title == ResolvedStyle(foreground: .rgb(255, 255, 255), background: .rgb(0, 0, 0), attributes: .bold))
}

@Test func colourValuesAreHexPaletteIndicesOrNames() throws {
    let theme = try Theme.parse(source { lines in
        lines[4] = ##"    "text": {fg: "#FF8800", bg: 196, bold: true, dim: false, underline: true, reverse: true},"##
        lines[5] = #"    "muted": {fg: "bright-blue", bg: "black"},"#
    }, file: "t.json5")
    #expect(theme.styles[.text] == ResolvedStyle(foreground: .rgb(255, 136, 0), background: .indexed(196),
                                                 attributes: [.bold, .underline, .reverse]))
    #expect(theme.styles[.muted] == ResolvedStyle(foreground: .ansi(12), background: .ansi(0)))
    #expect(theme.styles[.title] == ResolvedStyle())
}

@Test func badValuesAreReportedWithLineAndColumn() {
    let found = problems(source { lines in
        lines[2] = #"  name: "test", colour: 1,"#
        lines[4] = ##"    "text": {fg: "#12345", bg: 256, bold: "yes", italic: true},"##
        lines[5] = #"    "muted": {fg: "grey"}, "muted": {},"#
        lines[6] = #"    "tilte": {},"#
    })
    let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
    let colour = ##"write "#rrggbb", a palette index 0-255, "default" or an ANSI name such as "red" or "bright-blue""##
    #expect(found == [
        "t.json5:3:17: unknown field 'colour' in the theme (known fields: name, description, roles)",
        "t.json5:4:10: missing role 'title' in 'roles'",
        ##"t.json5:5:18: bad colour "#12345" in 'fg': \##(colour)"##,
        "t.json5:5:32: bad colour 256 in 'bg': \(colour)",
        #"t.json5:5:43: field 'bold' must be true or false, found "yes""#,
        "t.json5:5:50: unknown field 'italic' in role 'text' (known fields: fg, bg, bold, dim, underline, reverse)",
        #"t.json5:6:19: bad colour "grey" in 'fg': \#(colour)"#,
        "t.json5:6:28: duplicate role 'muted' in 'roles' (first at 6:5)",
        "t.json5:7:5: unknown role 'tilte' (known roles: \(known))",
    ])
}

@Test func missingFieldsAndWrongShapesAreReported() {
    #expect(problems(Array("// nothing yet\n{description: \"x\"}".utf8)) == [
        "t.json5:2:1: missing field 'name' in the theme",
        "t.json5:2:1: missing field 'roles' in the theme",
    ])
    #expect(problems(Array("[]".utf8)) == ["t.json5:1:1: the theme must be an object, found array"])
    #expect(problems(source { $0[4] = #"    "text": "red","# }) == [
        "t.json5:5:13: role 'text' must be an object, found string",
    ])
    #expect(problems(source { $0[2] = #"  name: "","# }) == [
        "t.json5:3:9: field 'name' must not be empty",
    ])
}

@Test func syntaxErrorsKeepTheParsersPosition() {
    // A brace too many closes 'roles' early: the rest is not read as roles or as theme
    // fields (a flood of wrong problems), only where the brackets stop balancing is said.
    #expect(problems(source { $0[4] = #"    "text": {fg: "default"}}"# }) == [
        "t.json5:6:5: expected ',' or '}' after object member",
        "t.json5:22:4: trailing characters after the JSON value",
    ])
    #expect(problems(source { $0[0] = "/* never closed" }) == ["t.json5:1:1: unterminated comment"])
}

@Test func problemsAfterASyntaxErrorAreReportedToo() {
    #expect(problems(source { $0[4] = #"    "text": {fg: default},"#; $0[6] = #"    "title": {fg: "red", bld: true},"# }) == [
        "t.json5:5:18: invalid literal 'default' (strings need double quotes)",
        "t.json5:7:26: unknown field 'bld' in role 'title' (did you mean 'bold'? known fields: fg, bg, bold, dim, underline, reverse)",
    ])
}

@Test func damagedThemeFilesAreReportedNeverACrash() {
    var mutator = Mutator(seed: 0x7E4E_2026)
    for _ in 0..<fuzzRounds(default: 300) {
        let (name, bytes) = BuiltinData.themes[mutator.random.below(BuiltinData.themes.count)]
        let damaged = mutator.mutate(bytes)
        do {
            _ = try Theme.parse(damaged, file: name)
        } catch {
            let lines = damaged.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            #expect(!error.diagnostics.isEmpty)
            #expect(error.diagnostics.allSatisfy { $0.position.map { $0.line >= 1 && $0.line <= lines } ?? true },
                    "\(error.diagnostics)")
        }
    }
}
