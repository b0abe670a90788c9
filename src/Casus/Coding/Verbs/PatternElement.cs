namespace Casus.Coding.Verbs;

/// <summary>What one element of a verb pattern asks of the words after the verb.</summary>
public enum PatternElementKind : byte
{
    /// <summary>A word that must follow ("on" in "crack down on &lt;obj&gt;"); alternatives allowed ("on|against").</summary>
    Word,
    /// <summary>A word that may follow: "(with)".</summary>
    OptionalWord,
    /// <summary>&lt;obj&gt;: the target actor's mention stands here.</summary>
    Target,
    /// <summary>&lt;verb&gt;: a verb that the dictionary codes stands here ('to' + verb); the pattern codes it in its frame.</summary>
    Complement,
    /// <summary>&lt;any&gt;: any verb stands here; coded in the frame when the dictionary knows it, else the entry's own code.</summary>
    AnyComplement,
}

/// <summary>One element of a verb pattern.</summary>
/// <param name="Kind">What the element matches.</param>
/// <param name="Words">For words: the accepted spellings (lower case); empty for slots.</param>
/// <param name="Optional">For a target slot written <c>(&lt;obj&gt;)</c>: the act stands without a target, so the
/// entry is coded (with no target) when the clause names none, as a bare entry would be.</param>
public sealed record PatternElement(PatternElementKind Kind, IReadOnlyList<string> Words, bool Optional = false)
{
    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        PatternElementKind.Word => string.Join('|', Words),
        PatternElementKind.OptionalWord => "(" + string.Join('|', Words) + ")",
        PatternElementKind.Target => Optional ? "(<obj>)" : "<obj>",
        PatternElementKind.Complement => "<verb>",
        _ => "<any>",
    };
}
