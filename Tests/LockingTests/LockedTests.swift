import Dispatch
import Locking
import Testing

@Suite("Locked")
struct LockedTests {
    @Test("increments from many threads at once are none of them lost")
    func noUpdateIsLost() {
        let counter = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<10_000 { counter.withLock { $0 += 1 } }
        }
        #expect(counter.withLock { $0 } == 80_000)
    }

    @Test("withLock hands back what its body returns and keeps what it changed")
    func returnsAndKeeps() {
        let table = Locked([String: Int]())
        let previous = table.withLock { table -> Int? in
            defer { table["a"] = 1 }
            return table["a"]
        }
        #expect(previous == nil)
        #expect(table.withLock { $0 } == ["a": 1])
    }
}
