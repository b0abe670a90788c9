namespace Casus.Actors.People;

/// <summary>
/// One person of the people dictionaries: the names written for them and their dated affiliations (one dictionary
/// line each). Lines that share a full name (two words or more, compared by <see cref="NameKey"/>) are one person.
/// Immutable.
/// </summary>
public sealed class Person
{
    internal Person(int id, string name, IReadOnlyList<string> names, IReadOnlyList<string> shortForms,
        IReadOnlyList<ActorEntry> affiliations, string? familyNameFirst = null)
    {
        Id = id;
        Name = name;
        Names = names;
        ShortForms = shortForms;
        Affiliations = affiliations;
        Surname = familyNameFirst ?? SurnameOf(name);
        SurnameKey = NameKey.OfWord(Surname);
    }

    /// <summary>Index of the person in <see cref="PersonDirectory.People"/>.</summary>
    public int Id { get; }

    /// <summary>The first full name written for the person ("Bashar al-Assad").</summary>
    public string Name { get; }

    /// <summary>Every full name (two words or more) written for the person.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Single-word names written for the person ("Assad"): they name the person on their own.</summary>
    public IReadOnlyList<string> ShortForms { get; }

    /// <summary>One dictionary entry per affiliation (code and date bounds), in file order.</summary>
    public IReadOnlyList<ActorEntry> Affiliations { get; }

    /// <summary>The word a title + surname names the person by: the last word of <see cref="Name"/> that is not a
    /// particle ("Assad"; see <see cref="SurnameOf"/>), or the first word of a name written family name first
    /// ("Yoon" of "Yoon Suk Yeol"; see <see cref="FamilyNameOrder"/>).</summary>
    public string Surname { get; }

    /// <summary>The <see cref="NameKey"/> of <see cref="Surname"/>.</summary>
    public string SurnameKey { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;

    // Regnal numbers and generational suffixes are not surnames: "Abdullah II", "Martin Luther King Jr.".
    private static bool IsSuffix(string word) => word.TrimEnd('.') is "I" or "II" or "III" or "IV" or "V" or "VI" or "Jr" or "Sr";

    /// <summary>The key of a name's last word that is not a particle: "Bashar al-Assad" → key of "Assad".</summary>
    public static string SurnameKeyOf(string name) => NameKey.OfWord(SurnameOf(name));

    /// <summary>A name's last word that is not a particle or suffix: "Bashar al-Assad" → "Assad"; for a patronymic
    /// name, the given name: "Salman bin Abdulaziz" → "Salman".</summary>
    public static string SurnameOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        // An Arabic patronymic name ("Salman bin Abdulaziz", "Hamad bin Khalifa Al Thani") has no surname: news
        // writes the given name after a title ("King Salman", "Sheikh Hamad").
        if (words.Length >= 3 && words[1] is "bin" or "ibn" or "bint") return words[0];
        for (int i = words.Length - 1; i >= 0; i--)
        {
            if (NameKey.IsParticle(words[i]) || IsSuffix(words[i])) continue;
            if (NameKey.OfWord(words[i]).Length > 0) return words[i];
        }
        return "";
    }
}
