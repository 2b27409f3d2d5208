/// The languages the dashboard speaks. Chinese is the documents' own language.
public enum Language: String, CaseIterable, Sendable {
    case zh, en
}

/// A name or phrase in Chinese, as the documents give it, with its English translation.
public struct LocalizedText: Hashable, Sendable, CustomStringConvertible {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .zh: return zh
        case .en: return en
        }
    }

    public var description: String { zh }
}
