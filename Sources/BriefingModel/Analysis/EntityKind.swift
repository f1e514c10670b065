/// The kinds of entity.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A person, named or by title and name.
    case person
    /// A company, government body, international organisation, team or other group.
    case organisation
    /// A country, capital, city or region.
    case place
    /// A named thing that is none of the above.
    case other
}
