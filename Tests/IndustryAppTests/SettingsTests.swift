import Testing
import Foundation
import FileFormats
import IndustryModel
@testable import IndustryApp

/// The settings file: where it is looked for, what it may say, and that a flag wins over it
/// and it over the built-in defaults.
@Suite("Settings")
struct SettingsTests {
    static let environment = ["LANG": "zh_CN.UTF-8", "HOME": "/home/u", "XDG_CONFIG_HOME": "/home/u/.config"]
    static let location = SettingsLocation(path: "/home/u/.config/idash/config.json5", chosenBy: "$XDG_CONFIG_HOME")

    static func file(_ text: String) throws(DiagnosticsError) -> SettingsFile {
        try SettingsFile.parse(Array(text.utf8), location: location, home: "/home/u")
    }

    /// The problems of a settings file, one `file:line:column: message` each.
    static func problems(_ text: String) -> [String] {
        do throws(DiagnosticsError) {
            _ = try file(text)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    static let everything = """
        // What I would type every time.
        {
          language: "en",
          theme: "light",
          data: "../../data",
          ascii: true,
          clipboard: true,
        }
        """

    @Test func aFlagWinsOverTheFileAndTheFileOverTheDefaults() throws {
        let file = try Self.file(Self.everything)
        let path = Self.location.path!
        let none = Settings.resolve(flags: SettingFlags(), file: SettingsFile(location: Self.location), environment: Self.environment)
        #expect(none.language == Setting(.zh, .builtIn(note: "from the locale")))
        #expect(none.theme == Setting("dark", .builtIn(note: "projector for present and follow")))
        #expect(none.data == Setting(nil, .builtIn(note: nil)))
        #expect(none.ascii == Setting(false, .builtIn(note: nil)))
        #expect(none.clipboard == Setting(false, .builtIn(note: nil)))
        #expect(!none.themeChosen)

        let fromFile = Settings.resolve(flags: SettingFlags(), file: file, environment: Self.environment)
        #expect(fromFile.language == Setting(.en, .file(path, at: TextPosition(line: 3, column: 13))))
        #expect(fromFile.theme == Setting("light", .file(path, at: TextPosition(line: 4, column: 10))))
        #expect(fromFile.data == Setting("/home/u/data", .file(path, at: TextPosition(line: 5, column: 9))))
        #expect(fromFile.ascii == Setting(true, .file(path, at: TextPosition(line: 6, column: 10))))
        #expect(fromFile.clipboard == Setting(true, .file(path, at: TextPosition(line: 7, column: 14))))
        #expect(fromFile.themeChosen)

        let flags = SettingFlags(language: .zh, theme: "mono", data: "./mydata", ascii: false)
        let fromFlags = Settings.resolve(flags: flags, file: file, environment: Self.environment)
        #expect(fromFlags.language == Setting(.zh, .flag("--lang")))
        #expect(fromFlags.theme == Setting("mono", .flag("--theme")))
        #expect(fromFlags.data == Setting("./mydata", .flag("--data")))
        #expect(fromFlags.ascii == Setting(false, .flag("--no-ascii")))
        #expect(fromFlags.clipboard == fromFile.clipboard, "no --clipboard given: the file's")
        let noClipboard = Settings.resolve(flags: SettingFlags(clipboard: false), file: file, environment: Self.environment)
        #expect(noClipboard.clipboard == Setting(false, .flag("--no-clipboard")))
        let clipboard = Settings.resolve(flags: SettingFlags(clipboard: true), file: SettingsFile(location: Self.location),
                                         environment: Self.environment)
        #expect(clipboard.clipboard == Setting(true, .flag("--clipboard")))
    }

    @Test func theCommandsOwnDefaultThemeAndTheTerminalsNeedForASCII() {
        let empty = SettingsFile(location: Self.location)
        let slides = Settings.resolve(flags: SettingFlags(), file: empty, environment: Self.environment, standardTheme: "projector")
        #expect(slides.theme == Setting("projector", .builtIn(note: nil)))
        // A terminal that cannot draw lines gets ASCII whatever was chosen, as before settings.
        let plain = Settings.resolve(flags: SettingFlags(ascii: false), file: empty, environment: ["LANG": "C"])
        #expect(plain.ascii == Setting(true, .environment("the locale is not UTF-8")))
        #expect(plain.language == Setting(.en, .builtIn(note: "from the locale")))
        let vt = Settings.resolve(flags: SettingFlags(), file: empty, environment: ["LANG": "en_US.UTF-8", "TERM": "vt220"])
        #expect(vt.ascii == Setting(true, .environment("TERM names a VT terminal")))
    }

    @Test func unknownKeysAndWrongTypesAreLocatedWithTheNearestKey() {
        let text = """
            {
              langauge: "en",
              theme: 3,
              ascii: "yes",
              language: "fr",
              clipbaord: true,
            }
            """
        #expect(Self.problems(text) == [
            "/home/u/.config/idash/config.json5:2:3: unknown field 'langauge' in the settings file (did you mean 'language'? known fields: language, theme, data, ascii, clipboard)",
            "/home/u/.config/idash/config.json5:3:10: field 'theme' must be a non-empty string, found 3",
            "/home/u/.config/idash/config.json5:4:10: field 'ascii' must be true or false, found \"yes\"",
            "/home/u/.config/idash/config.json5:5:13: field 'language' must be one of zh, en, found \"fr\"",
            "/home/u/.config/idash/config.json5:6:3: unknown field 'clipbaord' in the settings file (did you mean 'clipboard'? known fields: language, theme, data, ascii, clipboard)",
        ])
        #expect(Self.problems("[\"en\"]") == ["/home/u/.config/idash/config.json5:1:1: the settings file must be an object, found array"])
        // Past a syntax error the rest is checked too.
        #expect(Self.problems("{\n  language: en,\n  tehme: \"dark\",\n}") == [
            "/home/u/.config/idash/config.json5:2:13: invalid literal 'en' (strings need double quotes)",
            "/home/u/.config/idash/config.json5:3:3: unknown field 'tehme' in the settings file (did you mean 'theme'? known fields: language, theme, data, ascii, clipboard)",
        ])
    }

    @Test func anEmptyFileSaysNothing() throws {
        #expect(try Self.file("") == SettingsFile(location: Self.location, exists: true))
        #expect(try Self.file("{}") == SettingsFile(location: Self.location, exists: true))
    }

    @Test func pathsAreTakenFromTheFilesFolderOrHome() {
        let file = "/home/u/.config/idash/config.json5"
        #expect(SettingsFile.resolve("data", nextTo: file, home: "/home/u") == "/home/u/.config/idash/data")
        #expect(SettingsFile.resolve("./data/", nextTo: file, home: "/home/u") == "/home/u/.config/idash/data")
        #expect(SettingsFile.resolve("../../idash-data", nextTo: file, home: "/home/u") == "/home/u/idash-data")
        #expect(SettingsFile.resolve("~/idash-data", nextTo: file, home: "/home/u") == "/home/u/idash-data")
        #expect(SettingsFile.resolve("/srv/data", nextTo: file, home: "/home/u") == "/srv/data")
        #expect(SettingsFile.resolve("data", nextTo: "config.json5", home: nil) == "data")
        #expect(SettingsFile.tidy("../a/./b//../c") == "../a/c")
    }

    @Test func aDataFolderTheFileNamesThatCannotBeReadIsLocatedThere() throws {
        let missing = Settings.resolve(flags: SettingFlags(), file: try Self.file("{\n  data: \"/no/such/folder\",\n}"),
                                       environment: Self.environment)
        #expect(missing.unreadableDataFolder?.description
                == "/home/u/.config/idash/config.json5:2:9: cannot read the data folder '/no/such/folder'")
        let there = Settings.resolve(flags: SettingFlags(), file: try Self.file("{data: \"/\"}"), environment: Self.environment)
        #expect(there.unreadableDataFolder == nil)
        // A --data folder is the loader's to report, as before settings.
        let flagged = Settings.resolve(flags: SettingFlags(data: "/no/such/folder"), file: SettingsFile(location: Self.location),
                                       environment: Self.environment)
        #expect(flagged.unreadableDataFolder == nil)
    }

    @Test func theFileIsLookedForByOptionThenVariableThenXDGThenHome() {
        let home = ["HOME": "/home/u"]
        #expect(SettingsLocation.find(option: "my.json5", environment: Self.environment)
                == SettingsLocation(path: "my.json5", chosenBy: "--config"))
        #expect(SettingsLocation.find(option: nil, environment: Self.environment.merging(["IDASH_CONFIG": "/etc/idash.json5"]) { $1 })
                == SettingsLocation(path: "/etc/idash.json5", chosenBy: "$IDASH_CONFIG"))
        #expect(SettingsLocation.find(option: nil, environment: Self.environment) == Self.location)
        #expect(SettingsLocation.find(option: nil, environment: home.merging(["XDG_CONFIG_HOME": ""]) { $1 })
                == SettingsLocation(path: "/home/u/.config/idash/config.json5", chosenBy: "$HOME"))
        #expect(SettingsLocation.find(option: nil, environment: [:]) == SettingsLocation(path: nil, chosenBy: "$HOME"))
    }

    @Test func aMissingFileIsFineUnlessItWasNamed() throws {
        let folder = NSTemporaryDirectory() + "idash-settings-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = ["XDG_CONFIG_HOME": folder, "LANG": "en_US.UTF-8"]
        let missing = try Settings.load(flags: SettingFlags(), configFile: nil, environment: environment)
        #expect(missing.file == SettingsFile(location: SettingsLocation(path: folder + "/idash/config.json5", chosenBy: "$XDG_CONFIG_HOME")))
        #expect(missing.language == Setting(.en, .builtIn(note: "from the locale")))

        #expect(throws: DiagnosticsError.self) { try Settings.load(flags: SettingFlags(), configFile: folder + "/nope.json5", environment: environment) }
        do throws(DiagnosticsError) {
            _ = try Settings.load(flags: SettingFlags(), configFile: folder + "/nope.json5", environment: environment)
        } catch {
            #expect(error.diagnostics.map(\.description) == ["\(folder)/nope.json5: no such settings file (named by --config)"])
        }

        try FileManager.default.createDirectory(atPath: folder + "/idash", withIntermediateDirectories: true)
        try Data("{language: \"zh\"}".utf8).write(to: URL(fileURLWithPath: folder + "/idash/config.json5"))
        let found = try Settings.load(flags: SettingFlags(), configFile: nil, environment: environment)
        #expect(found.file.exists)
        #expect(found.language == Setting(.zh, .file(folder + "/idash/config.json5", at: TextPosition(line: 1, column: 12))))
        let ignored = try Settings.load(flags: SettingFlags(), configFile: "/dev/null", environment: environment)
        #expect(ignored.language == Setting(.en, .builtIn(note: "from the locale")))
    }

    @Test func anUnknownThemeIsReportedWhereItWasWritten() throws {
        let fromFile = Settings.resolve(flags: SettingFlags(), file: try Self.file("{\n  theme: \"drak\"\n}"), environment: Self.environment)
        var catalog = ThemeCatalog.builtIn()
        #expect(throws: ThemeChoiceError.self) { _ = try fromFile.chooseTheme(in: &catalog) }
        do throws(ThemeChoiceError) {
            _ = try fromFile.chooseTheme(in: &catalog)
        } catch {
            guard case .file(let problems) = error else { Issue.record("not located: \(error)"); return }
            #expect(problems.diagnostics.map(\.description) == [
                "/home/u/.config/idash/config.json5:2:10: unknown theme 'drak' (did you mean 'dark'? themes: dark, light, projector, mono)",
            ])
        }
        let fromFlag = Settings.resolve(flags: SettingFlags(theme: "nope"), file: SettingsFile(location: Self.location), environment: Self.environment)
        do throws(ThemeChoiceError) {
            _ = try fromFlag.chooseTheme(in: &catalog)
            Issue.record("an unknown --theme was taken")
        } catch {
            guard case .usage(let message) = error else { Issue.record("not a usage error: \(error)"); return }
            #expect(message == "unknown theme 'nope' (themes: dark, light, projector, mono)")
        }
        let light = Settings.resolve(flags: SettingFlags(), file: try Self.file("{theme: \"light\"}"), environment: Self.environment)
        #expect(try light.chooseTheme(in: &catalog) == "light")
    }

    @Test func theConfigReportSaysWhereEachSettingCameFrom() throws {
        let flags = SettingFlags(data: "./mydata", clipboard: true)
        let settings = Settings.resolve(flags: flags, file: try Self.file("{\n  language: \"en\",\n}"), environment: Self.environment)
        #expect(ConfigReport.lines(settings) == [
            "file       /home/u/.config/idash/config.json5 (from $XDG_CONFIG_HOME; found)",
            "language   en        (config file /home/u/.config/idash/config.json5:2)",
            "theme      dark      (built-in default; projector for present and follow)",
            "data       ./mydata  (--data)",
            "ascii      false     (built-in default)",
            "clipboard  true      (--clipboard)",
        ])
        let nothing = Settings.resolve(flags: SettingFlags(), file: SettingsFile(location: SettingsLocation(path: nil, chosenBy: "$HOME")),
                                       environment: ["LANG": "C"])
        #expect(ConfigReport.lines(nothing) == [
            "file       none (neither $XDG_CONFIG_HOME nor $HOME is set)",
            "language   en        (built-in default; from the locale)",
            "theme      dark      (built-in default; projector for present and follow)",
            "data       built-in  (built-in default)",
            "ascii      true      (set because the locale is not UTF-8)",
            "clipboard  false     (built-in default)",
        ])
    }
}
