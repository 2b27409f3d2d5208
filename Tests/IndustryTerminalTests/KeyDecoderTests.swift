import TerminalKit
import CNCursesW
import Testing
@testable import IndustryTerminal

@Suite("KeyDecoder")
struct KeyDecoderTests {
    private func character(_ code: UInt32) -> Key { KeyDecoder.decode(isKeyCode: false, code: code) }
    private func keyCode(_ code: UInt32) -> Key { KeyDecoder.decode(isKeyCode: true, code: code) }

    @Test("the key code table matches the ncursesw header")
    func keyCodesMatchHeader() {
        let pairs: [(UInt32, Int32)] = [
            (KeyCode.down, KEY_DOWN), (KeyCode.up, KEY_UP), (KeyCode.left, KEY_LEFT), (KeyCode.right, KEY_RIGHT),
            (KeyCode.home, KEY_HOME), (KeyCode.backspace, KEY_BACKSPACE), (KeyCode.f0, KEY_F0),
            (KeyCode.deleteCharacter, KEY_DC), (KeyCode.nextPage, KEY_NPAGE), (KeyCode.previousPage, KEY_PPAGE),
            (KeyCode.enter, KEY_ENTER), (KeyCode.backTab, KEY_BTAB), (KeyCode.end, KEY_END),
            (KeyCode.a1, KEY_A1), (KeyCode.a3, KEY_A3), (KeyCode.c1, KEY_C1), (KeyCode.c3, KEY_C3),
            (KeyCode.mouse, KEY_MOUSE), (KeyCode.resize, KEY_RESIZE),
        ]
        for (ours, header) in pairs { #expect(ours == UInt32(header)) }
    }

    @Test("navigation and editing key codes")
    func namedKeys() {
        #expect(keyCode(0o402) == .down)
        #expect(keyCode(0o403) == .up)
        #expect(keyCode(0o404) == .left)
        #expect(keyCode(0o405) == .right)
        #expect(keyCode(0o406) == .home)
        #expect(keyCode(0o550) == .end)
        #expect(keyCode(0o522) == .pageDown)
        #expect(keyCode(0o523) == .pageUp)
        #expect(keyCode(0o407) == .backspace)
        #expect(keyCode(0o512) == .delete)
        #expect(keyCode(0o527) == .enter)
        #expect(keyCode(0o541) == .backTab)
    }

    @Test("keypad corners act as Home, PgUp, End, PgDn")
    func keypadCorners() {
        #expect(keyCode(UInt32(KEY_A1)) == .home)
        #expect(keyCode(UInt32(KEY_A3)) == .pageUp)
        #expect(keyCode(UInt32(KEY_C1)) == .end)
        #expect(keyCode(UInt32(KEY_C3)) == .pageDown)
    }

    @Test("F1 to F12; F0 and shifted F-keys are unknown")
    func functionKeys() {
        for n in 1...12 { #expect(keyCode(0o410 + UInt32(n)) == .function(n)) }
        #expect(keyCode(0o410) == .unknown)
        #expect(keyCode(0o410 + 13) == .unknown)
    }

    @Test("resize carries the size it is given")
    func resize() {
        #expect(KeyDecoder.decode(isKeyCode: true, code: 0o632, size: (80, 24)) == .resize(width: 80, height: 24))
    }

    @Test("codes with no meaning here are unknown, never a crash")
    func unknownCodes() {
        #expect(keyCode(UInt32(KEY_IC)) == .unknown)
        #expect(keyCode(UInt32(KEY_B2)) == .unknown)
        #expect(keyCode(0o631) == .unknown) // KEY_MOUSE without its event
        #expect(keyCode(0) == .unknown)
        #expect(keyCode(UInt32.max) == .unknown)
        #expect(character(0xD800) == .unknown) // a lone surrogate is not a character
        #expect(character(0x110000) == .unknown)
        #expect(character(0x85) == .unknown) // C1 control
        #expect(character(0x9B) == .unknown) // CSI as one byte
    }

    @Test("Enter, Tab, Esc and Backspace in their terminal spellings")
    func controlSpellings() {
        #expect(character(10) == .enter)
        #expect(character(13) == .enter)
        #expect(character(9) == .tab)
        #expect(character(27) == .escape)
        #expect(character(127) == .backspace)
        #expect(character(8) == .backspace)
    }

    @Test("Ctrl-letters arrive lower-cased; Ctrl-C is a key")
    func controlLetters() {
        #expect(character(3) == .control("c"))
        #expect(character(1) == .control("a"))
        #expect(character(26) == .control("z"))
        #expect(character(17) == .control("q"))
        #expect(character(12) == .control("l"))
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        for code in 1...26 where ![8, 9, 10, 13].contains(code) {
            #expect(character(UInt32(code)) == .control(letters[code - 1]))
        }
    }

    @Test("Ctrl with punctuation")
    func controlPunctuation() {
        #expect(character(0) == .control("@"))
        #expect(character(28) == .control("\\"))
        #expect(character(29) == .control("]"))
        #expect(character(30) == .control("^"))
        #expect(character(31) == .control("_"))
    }

    @Test("printable ASCII, space and DEL boundary")
    func printable() {
        #expect(character(32) == .character(" "))
        #expect(character(UInt32(UInt8(ascii: "q"))) == .character("q"))
        #expect(character(UInt32(UInt8(ascii: "?"))) == .character("?"))
        #expect(character(126) == .character("~"))
        #expect(character(0xA0) == .character("\u{A0}"))
    }

    @Test("Chinese input and other wide characters")
    func chinese() {
        for text in ["南", "通", "苏", "州", "船", "海", "工", "，", "。", "🚢"] {
            let scalar = text.unicodeScalars.first!
            #expect(character(scalar.value) == .character(Character(text)))
        }
    }

    @Test("descriptions for help screens")
    func descriptions() {
        #expect(Key.control("c").description == "Ctrl-C")
        #expect(Key.function(5).description == "F5")
        #expect(Key.character(" ").description == "Space")
        #expect(Key.character("南").description == "南")
    }
}

@Suite("Mouse")
struct MouseTests {
    private let decoder = MouseDecoder(pressedMasks: (1...5).map { UInt32(idash_button_pressed(Int32($0))) })

    @Test("presses of buttons 1-3 are clicks; 4 and 5 are the wheel")
    func buttons() {
        for button in 1...3 {
            let state = UInt32(idash_button_pressed(Int32(button)))
            #expect(decoder.decode(buttonState: state, x: 4, y: 2) == MouseEvent(.click(button: button), x: 4, y: 2))
        }
        #expect(decoder.decode(buttonState: UInt32(idash_button_pressed(4)), x: 0, y: 0)?.action == .wheelUp)
        #expect(decoder.decode(buttonState: UInt32(idash_button_pressed(5)), x: 0, y: 0)?.action == .wheelDown)
    }

    @Test("releases and empty reports are ignored")
    func ignored() {
        #expect(decoder.decode(buttonState: 0, x: 1, y: 1) == nil)
        #expect(decoder.decode(buttonState: UInt32(idash_button_pressed(1)) >> 1, x: 1, y: 1) == nil) // RELEASED
        #expect(decoder.wantedMask & (UInt32(idash_button_pressed(1)) >> 1) == 0)
    }

    @Test("a quick second press on the same cell is a double click; a third starts over")
    func doubleClick() {
        var tracker = ClickTracker(interval: 400)
        let click = MouseEvent(.click(button: 1), x: 3, y: 5)
        #expect(tracker.resolve(click, at: 1000) == click)
        #expect(tracker.resolve(click, at: 1300).action == .doubleClick(button: 1))
        #expect(tracker.resolve(click, at: 1400) == click)
    }

    @Test("slow, moved or other-button presses stay single clicks")
    func notDoubleClick() {
        var tracker = ClickTracker(interval: 400)
        let click = MouseEvent(.click(button: 1), x: 3, y: 5)
        _ = tracker.resolve(click, at: 1000)
        #expect(tracker.resolve(click, at: 1401) == click) // too slow
        #expect(tracker.resolve(MouseEvent(.click(button: 1), x: 4, y: 5), at: 1500).action == .click(button: 1))
        #expect(tracker.resolve(MouseEvent(.click(button: 3), x: 4, y: 5), at: 1600).action == .click(button: 3))
        #expect(tracker.resolve(MouseEvent(.wheelUp, x: 4, y: 5), at: 1650).action == .wheelUp)
    }
}

@Suite("Escape sequences")
struct EscapeSequenceTests {
    @Test func anEscFollowedByAKeyIsEscThenThatKeyAndOnlyAnUnknownSequenceIsDropped() {
        #expect(KeyDecoder.escapeStart(next: nil, isKeyCode: false) == .alone)
        #expect(KeyDecoder.escapeStart(next: UInt32(UInt8(ascii: "c")), isKeyCode: false) == .escapeThenKey)
        #expect(KeyDecoder.escapeStart(next: 27, isKeyCode: false) == .escapeThenKey, "Esc Esc is two presses")
        #expect(KeyDecoder.escapeStart(next: 0x4E2D, isKeyCode: false) == .escapeThenKey, "Esc then 中")
        #expect(KeyDecoder.escapeStart(next: KeyCode.left, isKeyCode: true) == .escapeThenKey, "Esc then a decoded ←")
        #expect(KeyDecoder.escapeStart(next: UInt32(UInt8(ascii: "[")), isKeyCode: false) == .sequence)
        #expect(KeyDecoder.escapeStart(next: UInt32(UInt8(ascii: "O")), isKeyCode: false) == .sequence)
        // A sequence ends at its final byte, not at its parameters: ESC [ 1 ; 5 ~ and ESC O P.
        #expect("1;5".unicodeScalars.allSatisfy { !KeyDecoder.endsSequence($0.value) })
        #expect(KeyDecoder.endsSequence(UInt32(UInt8(ascii: "~"))) && KeyDecoder.endsSequence(UInt32(UInt8(ascii: "P"))))
    }
}

/// Sequences terminfo may not name, decoded byte for byte from what follows ESC: every
/// common encoding of the cursor, Home/End and page keys reaches the dashboard and the
/// presenter whatever TERM says (PuTTY, screen and tmux with an xterm TERM, rxvt, either
/// cursor mode).
@Test func escapeSequencesTerminfoLacksStillNameTheirKeys() {
    func key(_ text: String) -> Key { KeyDecoder.sequenceKey(text.unicodeScalars.map(\.value)) }
    let expected: [String: Key] = [
        "[A": .up, "[B": .down, "[C": .right, "[D": .left,        // normal cursor mode
        "OA": .up, "OB": .down, "OC": .right, "OD": .left,        // application cursor mode
        "[1;5C": .right, "[1;2D": .left,                          // with a modifier
        "[H": .home, "[F": .end, "OH": .home, "OF": .end,
        "[1~": .home, "[4~": .end, "[7~": .home, "[8~": .end,    // VT220 / PuTTY, rxvt
        "[5~": .pageUp, "[6~": .pageDown, "[3~": .delete, "[Z": .backTab,
        "OP": .function(1), "OS": .function(4), "[15~": .function(5), "[24~": .function(12),
        "OM": .enter,
    ]
    for (sequence, want) in expected.sorted(by: { $0.key < $1.key }) {
        #expect(key(sequence) == want, "ESC \(sequence)")
    }
    // Not keys: Insert, an SGR mouse report, a private mode report, a lone introducer.
    for sequence in ["[2~", "[<0;10;5M", "[?1;2c", "[", "[99~"] {
        #expect(key(sequence) == .unknown, "ESC \(sequence)")
    }
}
