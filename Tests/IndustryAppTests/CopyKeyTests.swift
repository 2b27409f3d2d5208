import TerminalKit
import BuiltinData
@testable import IndustryApp
import IndustryModel
import IndustryViews
import Testing

/// `y`: keys in, a `.copy` effect out (or a message saying why not), and the loop writing
/// the OSC 52 request through the backend after the frame that says "copied".
@Suite("Copy with y") struct CopyKeyTests {
    /// The targets screen with Nantong's enterprises of over 10 billion yuan selected.
    static let toFirms: [Key] = [.character("t")] + Array(repeating: .down, count: 10)
    static let firmsEnglish = "15 enterprises (2024-12-31) — Xinhua Daily Jiaohuidian (reporting the Nantong Bureau of Industry"
        + " and IT's 14th Five-Year Plan results press conference), \"Six key clusters' output to pass 1.3 trillion yuan:"
        + " Nantong's modern industrial city takes shape\", 2025-12-10; target 20 enterprises (2025) — Nantong Manufacturing"
        + " Power City Leading Group Office, \"Action Plan for Accelerating the Building of a Manufacturing Power City\", 2024-08-05"

    @Test func offUnlessAllowedAndTheStatusLineSaysHowToAllowIt() {
        var zh = Session(language: .zh)
        zh.press(Self.toFirms + [.character("y")])
        #expect(zh.effects.isEmpty)
        zh.expectRows([
            38: " 总览 › 南通 › 目标   复制未开启:以 --clipboard 启动,或在 config.json5 中设置 clipboard: true  来源 2025-12-10: 新华日… ",
            39: "←→ 城市  ↑↓ 选择  s 排序  c 对比  Tab 面板  Esc 返回  ? 帮助  q 退出  / 搜索  L 中/EN  z 放大  f 筛选  y 复制           ",
        ])
        var en = Session(language: .en)
        en.press(Self.toFirms + [.character("y")])
        #expect(en.effects.isEmpty)
        en.expectRows([
            38: " Overview › Nantong › Targets  copy is off: start with --clipboard or set clipboard: true in config.json5  Source 2025… ",
        ])
    }

    @Test func allowedItAsksForTheFigureWithItsDateAndSourceAndSaysSo() {
        var en = Session(language: .en, clipboard: true)
        en.press(Self.toFirms + [.character("y")])
        #expect(en.effects == [.copy(Self.firmsEnglish)])
        en.expectRows([
            38: " Overview › Nantong › Targets  copied: 15 enterprises (2024-12-31) — Xinhua Daily Jiaohuidian (reporting the Nantong B… ",
            39: "←→ city  ↑↓ move  s sort  c compare  Tab panel  Esc back  ? help  q quit  / search  L zh/en  z zoom  f filter  y copy   ",
        ])
        var zh = Session(language: .zh, clipboard: true)
        zh.press(Self.toFirms + [.character("y")])
        #expect(zh.effects.count == 1)
        zh.expectRows([
            38: " 总览 › 南通 › 目标  已复制:15家 (2024-12-31) — 新华日报·交汇点(报道南通市工业和信息化局“十四五”规划系列主题新闻发布会… ",
        ])
        // The message lasts until the next key, as every message does.
        zh.press(.down)
        zh.expectRows([38: " 总览 › 南通 › 目标                                                   来源 2024-08-05: 南通市制造强市建设领导小组办公室 "])
    }

    @Test func aComparisonIsCopiedALineACityAndTheStatusLineRunsThemTogether() {
        // Wide enough for the status line to show where one city's line meets the next.
        var session = Session(width: 300, language: .en, clipboard: true)
        session.press(.character("t"), .character("c"), .character("y"))
        guard case .copy(let text)? = session.effects.last else { Issue.record("no copy: \(session.effects)"); return }
        #expect(text.split(separator: "\n").first == "Growth of above-scale industrial value added")
        session.expectRows([38: " Overview › Nantong › Targets › Compare: Growth of above-scale industrial value added  copied: Growth of"
                                + " above-scale industrial value added; Nantong expected 7% (2025-12-31) — CMG China Radio International Online,"
                                + " \"Nantong's People's Congress opens its session and plans the 15th Five-Year blueprin… "])
    }

    @Test func theTargetsDetailCopiesTheTargetItDescribes() {
        var session = Session(language: .en, clipboard: true)
        session.press(Self.toFirms + [.tab, .character("y")])
        #expect(session.effects == [.copy(Self.firmsEnglish)])
    }

    @Test func aFactBeingReadIsCopiedAndTheFooterOffersItThere() {
        var session = Session(language: .en, clipboard: true)
        // Nantong, Tab twice to its key facts, the first one read in full.
        session.press(.enter, .tab, .tab)
        session.expectRows([39: "←→ city  ↑↓ move  ↵ read  Tab panel  Esc back  ? help  q quit  t targets  / search  L zh/en  z zoom  f filter  y copy   "])
        session.press(.enter)
        session.expectRows([39: "Esc close  ↑↓ scroll  y copy  ? help                                                                                    "])
        session.press(.character("y"))
        // GDP growth, whose report names no publisher: the citation says so, as the screens do.
        #expect(session.effects == [.copy("6.2% (2024-12-31) — (publisher not stated in the copy read), \"Report of the Nantong"
                                          + " New Industrialization and Major Projects Promotion Conference (descriptive title)\", 2025-02-05")])
    }

    @Test func noHintWhereNoFigureIsSelectedYetYStillCopiesTheRowsNameAndSource() {
        var session = Session(language: .zh, clipboard: true)
        session.press(.enter)  // Nantong: the clusters panel has the focus
        session.expectRows([39: "←→ 城市  ↑↓ 选择  ↵ 进入  Tab 面板  Esc 返回  ? 帮助  q 退出  t 目标  / 搜索  L 中/EN  z 放大  f 筛选                   "])
        session.press(.character("y"))
        #expect(session.effects == [.copy("船舶海工 — 南通市制造强市建设领导小组办公室《加快建设制造强市行动计划》2024-08-05;"
                                          + "新华日报·交汇点(报道南通市工业和信息化局“十四五”规划系列主题新闻发布会)《六大重点产业集群产值将突破1.3万亿,南通现代工业名城建设初显成效》2025-12-10")])
    }

    @Test func refusedWhileTheDataOnDiskFailsValidation() {
        var session = Session(language: .en, clipboard: true)
        session.press(Self.toFirms)
        session.state.status.dataError = "data not reloaded: suzhou.json:4:11"
        session.press(.character("y"))
        #expect(session.effects.isEmpty)
        session.expectRows([
            38: " Overview › Nantong › Targets  data not reloaded: suzhou.json:4:11  not copied: the data files fail validation; the sc… ",
        ])
        #expect(session.state.status.dataError != nil, "the data error stays until a reload succeeds")
    }

    @Test func theLoopWritesOSC52ThroughTheBackendAfterTheFrameThatSaysCopied() {
        let backend = TestBackend(script: (Self.toFirms + [.character("y"), .character("q")]).map(Wake.key))
        let options = LiveOptions(themes: RunLoopTests.themes, environment: [:], clipboard: true)
        RunLoop.dashboard(RunLoopTests.session(backend), state: RunLoopTests.state(),
                          context: options.context(AppContext(dataset: RunLoopTests.dataset, themeNames: [])), watch: nil)
        let base64 = "MTUgZW50ZXJwcmlzZXMgKDIwMjQtMTItMzEpIOKAlCBYaW5odWEgRGFpbHkgSmlhb2h1aWRpYW4gKHJlcG9ydGluZyB0aGUgTmFudG9uZyBCdXJlYXUg"
            + "b2YgSW5kdXN0cnkgYW5kIElUJ3MgMTR0aCBGaXZlLVllYXIgUGxhbiByZXN1bHRzIHByZXNzIGNvbmZlcmVuY2UpLCAiU2l4IGtleSBjbHVzdGVycycgb3V0"
            + "cHV0IHRvIHBhc3MgMS4zIHRyaWxsaW9uIHl1YW46IE5hbnRvbmcncyBtb2Rlcm4gaW5kdXN0cmlhbCBjaXR5IHRha2VzIHNoYXBlIiwgMjAyNS0xMi0xMDsg"
            + "dGFyZ2V0IDIwIGVudGVycHJpc2VzICgyMDI1KSDigJQgTmFudG9uZyBNYW51ZmFjdHVyaW5nIFBvd2VyIENpdHkgTGVhZGluZyBHcm91cCBPZmZpY2UsICJB"
            + "Y3Rpb24gUGxhbiBmb3IgQWNjZWxlcmF0aW5nIHRoZSBCdWlsZGluZyBvZiBhIE1hbnVmYWN0dXJpbmcgUG93ZXIgQ2l0eSIsIDIwMjQtMDgtMDU="
        #expect(backend.sent.map(\.bytes) == [Array("\u{1B}]52;c;\(base64)\u{07}".utf8)])
        // The first frame, one a key up to the firms, then the one with "copied:" in it.
        #expect(backend.sent.map(\.afterFrames) == [Self.toFirms.count + 2])
        expectRows(backend.drawn.last?.lines ?? [], [
            38: " Overview › Nantong › Targets  copied: 15 enterprises (2024-12-31) — Xinhua Daily Jiaohuidian (reporting the Nantong B… ",
        ], "the frame before the request")
    }

    @Test func theLoopSendsNothingWhenCopyIsOff() {
        let backend = TestBackend(script: (Self.toFirms + [.character("y"), .character("q")]).map(Wake.key))
        RunLoop.dashboard(RunLoopTests.session(backend), state: RunLoopTests.state(),
                          context: AppContext(dataset: RunLoopTests.dataset, themeNames: []), watch: nil)
        #expect(backend.sent.isEmpty)
    }
}
