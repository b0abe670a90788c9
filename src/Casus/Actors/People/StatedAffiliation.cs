namespace Casus.Actors.People;

/// <summary>
/// The affiliation an article states for a person (an apposition, "Mohammed Ali, a senior Hamas official", or a
/// title phrase, "Hong Kong Chief Executive Carrie Lam") set against a lesser-known dictionary entry
/// (docs/formats/actors.md, "Apposition against the dictionary").
/// </summary>
internal static class StatedAffiliation
{
    /// <summary>The code the person takes: the phrase's country or organisation, with the dictionary's role when the
    /// entry has one (title words are loose: "Chief Executive" is also a company's head), else the phrase's role. An
    /// organisation that carries its own role ("Hamas" PSEREBHMS) or a transnational one (IGO, NGO...) is taken
    /// whole. Returns the person's code unchanged when the phrase names no country or organisation.</summary>
    public static ActorCode Merge(ActorCode person, ActorCode phrase)
    {
        if (phrase.IsEmpty || phrase.Primary == "---" || phrase.Primary == person.Primary && person.Value.Length > 3) return person;
        if (phrase.Value.Length > 6 || phrase.Primary is "IGO" or "NGO" or "IMG" or "MNC") return phrase;
        return person.Value.Length > 3 ? ActorCode.Parse(phrase.Primary + person.Value[3..]) : phrase;
    }
}
