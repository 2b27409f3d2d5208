import Testing
@testable import IndustryModel

@Suite("DatasetDerived.remembered")
struct RememberedTests {
    private struct KeyA: Hashable, Sendable { var id: Int }
    private struct KeyB: Hashable, Sendable { var id: Int }

    @Test("a value is made once per key, keys of other types never collide, and new data starts empty")
    func madeOncePerKey() {
        let derived = Dataset(cities: []).derived
        var made = 0
        func value(_ key: some Hashable & Sendable, _ text: String) -> String {
            derived.remembered(key) { made += 1; return text }
        }
        #expect(value(KeyA(id: 1), "one") == "one")
        #expect(value(KeyA(id: 1), "other") == "one")
        #expect(value(KeyA(id: 2), "two") == "two")
        #expect(value(KeyB(id: 1), "b") == "b")
        #expect(made == 3)
        #expect(Dataset(cities: []).derived.remembered(KeyA(id: 1)) { "fresh" } == "fresh")
    }

    @Test("the memo stays bounded: past the limit it starts again")
    func bounded() {
        let derived = Dataset(cities: []).derived
        for id in 0...DatasetDerived.viewLimit { _ = derived.remembered(KeyA(id: id)) { id } }
        var remade = false
        _ = derived.remembered(KeyA(id: 0)) { remade = true; return 0 }
        #expect(remade)
    }
}
