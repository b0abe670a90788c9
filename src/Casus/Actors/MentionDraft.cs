using Casus.Document;

namespace Casus.Actors;

/// <summary>A mention being composed within one sentence, before it is added to the article: the surface rules
/// make it, the parse rules (<see cref="ParseComposer"/>) may join it with another or widen it.</summary>
internal sealed class MentionDraft(int start, int end, ActorCode code, List<string> evidence, bool person)
{
    /// <summary>First token (article-wide).</summary>
    public int Start = start;
    /// <summary>One past the last token.</summary>
    public int End = end;
    /// <summary>The composed code.</summary>
    public ActorCode Code = code;
    /// <summary>Dictionary lines and rules that made the code.</summary>
    public readonly List<string> Evidence = evidence;
    /// <summary>True when the code came from a named person.</summary>
    public bool Person = person;
    /// <summary>False once the draft has been joined into another.</summary>
    public bool Alive = true;

    /// <summary>The code names a country (or a transnational actor), not "---".</summary>
    public bool HasCountry => !Code.PrimarySpan.SequenceEqual("---");

    /// <summary>The code carries a role or organisation after its first three letters.</summary>
    public bool HasRole => Code.Value.Length > 3;

    /// <summary>A role noun or modifier of roles.txt made the role (not only an organisation's own code).</summary>
    public bool RoleWord;

    /// <summary>The phrase names an ethnic group ("ethnic Armenians": <c>---CVLARM</c>); its last three letters are the
    /// ethnicity, not a role.</summary>
    public bool Ethnic;

    /// <summary>The name is one of a hyphenated chain of names ("U.S.-Egypt partnership"): a partner of the relation
    /// the chain names, joined with the others by <see cref="HyphenChains"/>.</summary>
    public bool InHyphenChain;

    /// <summary>A bare country or transnational type ("RUS", "IGO"): no role, no person.</summary>
    public bool IsBare => !Person && Code.Value.Length == 3 && HasCountry;
}
