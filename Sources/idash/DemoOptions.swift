#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArgumentParser
import IndustryApp

/// `--play FILE` and `--record FILE`: a rehearsed demo (see KeyScript).
struct DemoOptions: ParsableArguments {
    @Option(name: .long, help: "Replay the keys of this script, with their pauses (a rehearsed demo); keys typed meanwhile still work.")
    var play: String?

    @Option(name: .long, help: "Record the keys pressed, with their pauses, into this file on the way out.")
    var record: String?

    func script() throws -> KeyScript? {
        guard let play else { return nil }
        guard let data = FileManager.default.contents(atPath: play) else { throw ValidationError("cannot read the key script \(play)") }
        do throws(KeyScriptError) {
            return try KeyScript.parse(String(decoding: data, as: UTF8.self), file: play)
        } catch {
            throw KeyScriptFileError(failure: error)
        }
    }
}

/// A key script that fails to parse: every problem, one a line, and exit status 1.
struct KeyScriptFileError: Error, CustomStringConvertible {
    let failure: KeyScriptError
    var description: String { failure.description }
}
