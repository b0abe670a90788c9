namespace Casus.Document;

/// <summary>Named-entity types recognised by Casus (GPEs are locations).</summary>
public enum EntityType : byte
{
    None = 0,
    /// <summary>Person.</summary>
    Person,
    /// <summary>Organisation.</summary>
    Organization,
    /// <summary>Location, including geopolitical entities.</summary>
    Location,
}

/// <summary>An IOB2 entity tag: outside, or the beginning or inside of an entity of some type.</summary>
/// <param name="Type">The entity type; <see cref="EntityType.None"/> means outside (O).</param>
/// <param name="Begin">True for B- (first token of an entity), false for I-.</param>
public readonly record struct EntityTag(EntityType Type, bool Begin)
{
    /// <summary>Outside any entity.</summary>
    public static EntityTag Outside => default;

    /// <summary>True when the token lies outside every entity.</summary>
    public bool IsOutside => Type == EntityType.None;

    /// <summary>The IOB2 spelling, e.g. "B-PER", "I-LOC", "O".</summary>
    public override string ToString() => Type switch
    {
        EntityType.None => "O",
        EntityType.Person => Begin ? "B-PER" : "I-PER",
        EntityType.Organization => Begin ? "B-ORG" : "I-ORG",
        _ => Begin ? "B-LOC" : "I-LOC",
    };

    /// <summary>Parses an IOB2 tag (O, B-PER, I-ORG, B-LOC; GPE is read as LOC). Unknown types read as O.</summary>
    public static EntityTag Parse(ReadOnlySpan<char> tag)
    {
        if (tag.Length < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I')) return Outside;
        var type = tag[2..] switch
        {
            "PER" => EntityType.Person,
            "ORG" => EntityType.Organization,
            "LOC" or "GPE" => EntityType.Location,
            _ => EntityType.None,
        };
        return new EntityTag(type, tag[0] == 'B' && type != EntityType.None);
    }
}
