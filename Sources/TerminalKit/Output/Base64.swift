/// Standard Base64 (RFC 4648, with `=` padding), for OSC 52. Written here rather than taken
/// from Foundation: the kit depends on nothing but FileFormats, and this is a dozen lines.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            // Three bytes are four six-bit digits; a short last group is padded with `=`.
            let count = min(3, bytes.count - index)
            let group = (UInt32(bytes[index]) << 16)
                | (count > 1 ? UInt32(bytes[index + 1]) << 8 : 0)
                | (count > 2 ? UInt32(bytes[index + 2]) : 0)
            for digit in 0..<4 {
                out.append(digit <= count ? alphabet[Int(group >> (18 - 6 * UInt32(digit)) & 0x3F)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return out
    }
}
