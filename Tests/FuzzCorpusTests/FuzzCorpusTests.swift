import Foundation
import FuzzChecks
import Testing

/// Every committed fuzz input (the seeds and every crash found, `Fuzz/corpus/TARGET/`)
/// through the properties its target checks: a bug the fuzzer found stays fixed.
@Suite("Fuzz corpus replay")
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fuzz/corpus").standardized

    static func inputs(_ target: FuzzTarget) -> [URL] {
        let folder = corpus.appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test("every target has a seed corpus", arguments: FuzzTarget.allCases)
    func seeded(_ target: FuzzTarget) {
        #expect(Self.inputs(target).count >= 3, "Fuzz/corpus/\(target.rawValue) holds fewer than 3 inputs")
    }

    @Test("every committed input keeps its target's properties", arguments: FuzzTarget.allCases)
    func replay(_ target: FuzzTarget) throws {
        for url in Self.inputs(target) {
            let bytes = [UInt8](try Data(contentsOf: url))
            do throws(FuzzViolation) {
                try target.check(bytes)
            } catch {
                Issue.record("Fuzz/corpus/\(target.rawValue)/\(url.lastPathComponent): \(error)")
            }
        }
    }

    @Test("a sample city drawn by the city target reaches every kind of screen")
    func cityReachesEveryScreen() throws {
        let seed = Self.corpus.appendingPathComponent("city/sample-data_nantong.json")
        let drawn = CityCheckProbe.screensDrawn([UInt8](try Data(contentsOf: seed)))
        #expect(drawn.map { String($0.prefix { $0 != "(" }) } == ["overview", "city", "targets", "cluster", "compare"])
    }

    @Test("the properties can fail: a planted violation of each kind is caught")
    func propertiesBite() {
        // A screen narrower than asked, and one with an escape character in a cell.
        #expect(throws: FuzzViolation.self) { try CityCheckProbe.narrowScreen() }
        #expect(throws: FuzzViolation.self) { try CityCheckProbe.controlInCell() }
    }
}
