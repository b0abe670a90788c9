namespace Casus.Text;

/// <summary>Whether a period-final abbreviation can end a sentence when a capitalised word follows it.</summary>
public enum AbbreviationKind : byte
{
    /// <summary>Not an abbreviation.</summary>
    None = 0,
    /// <summary>Stands before a name or number ("Mr.", "Gen.", "No."): never ends a sentence before a capitalised word.</summary>
    Title = 1,
    /// <summary>Ends a sentence only before a typical sentence opener ("U.S.", "Inc.", "Jan.", initials).</summary>
    Medial = 2,
    /// <summary>Usually closes a phrase ("etc."): ends a sentence before any capitalised word.</summary>
    Final = 3,
    /// <summary>Stands before a number only ("No. 5", "Vol. 2", "pp. 10"): elsewhere the period is a full stop ("No. No.").</summary>
    Numeric = 4,
}
