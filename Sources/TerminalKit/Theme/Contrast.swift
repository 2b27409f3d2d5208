#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// WCAG 2 contrast between two colours, to keep every theme readable: 4.5:1 for text,
/// 3:1 for a band or a line that only has to stand out (the selection, a focused frame).
public enum Contrast {
    public typealias RGB = ColorDegrade.RGB

    /// (L1 + 0.05) / (L2 + 0.05), lighter over darker: 1 for equal colours, 21 for black on white.
    public static func ratio(_ a: RGB, _ b: RGB) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// Relative luminance of an sRGB colour.
    static func luminance(_ color: RGB) -> Double {
        func channel(_ value: UInt8) -> Double {
            let c = Double(value) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(color.red) + 0.7152 * channel(color.green) + 0.0722 * channel(color.blue)
    }

    /// The colour a terminal shows for `color`, with `terminal` standing for its own colour.
    /// ANSI colours are xterm's defaults: users can change them, so this is a best guess.
    public static func rgb(of color: TerminalColor, terminal: RGB) -> RGB {
        switch color {
        case .terminalDefault: terminal
        case .ansi(let index): ColorDegrade.rgb(ofIndex: index % 16)
        case .indexed(let index): ColorDegrade.rgb(ofIndex: index)
        case .rgb(let red, let green, let blue): (red, green, blue)
        }
    }
}
