namespace Casus.Coding;

/// <summary>PLOVER event categories (2021 names). CAMEO roots 01 and 02 have none.</summary>
public enum PloverCategory : byte
{
    AGREE = 1, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST,
    SANCTION, MOBILIZE, COERCE, ASSAULT,
}

/// <summary>Parsing of PLOVER category names, including the 0.5b1 names gold files may use.</summary>
public static class PloverNames
{
    /// <summary>Parses a category name; maps DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT.</summary>
    public static bool TryParse(string? name, out PloverCategory category)
    {
        category = default;
        if (string.IsNullOrWhiteSpace(name)) return false;
        var n = name.Trim().ToUpperInvariant() switch
        {
            "DEMAND" => "REQUEST",
            "DISAPPROVE" or "INVESTIGATE" => "ACCUSE",
            "FIGHT" => "ASSAULT",
            var other => other,
        };
        return Enum.TryParse(n, ignoreCase: false, out category) && Enum.IsDefined(category);
    }
}
