/// The identity of an export format: a name to ask for it by, a file extension and a description.
public struct ExportFormat: Sendable, Hashable {
    /// The name the format is registered and requested under (for example `json`).
    public var name: String
    /// The extension of files in this format, without the dot (for example `json`).
    public var fileExtension: String
    /// The media type (for example `application/json`).
    public var mediaType: String
    /// A one-line description for listings such as `briefing formats`.
    public var summary: String

    /// Creates a format description.
    public init(name: String, fileExtension: String, mediaType: String, summary: String) {
        self.name = name
        self.fileExtension = fileExtension
        self.mediaType = mediaType
        self.summary = summary
    }
}
