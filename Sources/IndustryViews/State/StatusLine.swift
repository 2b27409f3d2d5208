/// What the status bar says besides the path and the source.
public struct StatusLine: Hashable, Sendable {
    /// A short message (a search with no match, the new theme's name); gone with the next key.
    public var message: String?
    /// Why the data on screen is not the data on disk (`--watch` found a file that fails
    /// validation). Unlike `message` it stays until a reload succeeds.
    public var dataError: String?

    public init(message: String? = nil, dataError: String? = nil) {
        self.message = message
        self.dataError = dataError
    }
}
