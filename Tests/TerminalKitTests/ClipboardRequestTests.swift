@testable import TerminalKit
import Testing

/// OSC 52: the exact bytes a terminal reads, and the Base64 inside them.
@Suite("Clipboard request") struct ClipboardRequestTests {
    @Test func base64MatchesTheRFCsVectors() {
        // RFC 4648, section 10: every length of padding.
        let vectors = ["": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=", "foobar": "Zm9vYmFy"]
        for (plain, encoded) in vectors {
            #expect(String(decoding: Base64.encode(Array(plain.utf8)), as: UTF8.self) == encoded, "\(plain)")
        }
        // Every byte value, high bits included (UTF-8 for Chinese is all high bytes).
        #expect(String(decoding: Base64.encode([0x00, 0xFF, 0xFE, 0x80]), as: UTF8.self) == "AP/+gA==")
    }

    @Test func theRequestIsOSC52WithTheUTF8InBase64EndedByBEL() {
        #expect(ClipboardRequest.osc52("15家") == Array("\u{1B}]52;c;MTXlrrY=\u{07}".utf8))
        // An ESC or BEL in the text is inside the Base64: it cannot end the sequence.
        #expect(ClipboardRequest.osc52("\u{1B}]0;x\u{07}") == Array("\u{1B}]52;c;G10wO3gH\u{07}".utf8))
    }
}
