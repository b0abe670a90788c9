namespace Casus.Coding.Verbs;

/// <summary>
/// One verb-dictionary entry: a verb lemma, the words and slots that follow it, and the CAMEO code it expresses,
/// e.g. <c>crack down on &lt;obj&gt;</c> → 175.
/// </summary>
/// <param name="Code">The most specific CAMEO code the pattern expresses.</param>
/// <param name="Lemma">The verb's lemma, the dictionary key ("crack").</param>
/// <param name="Elements">What follows the verb, in order.</param>
/// <param name="File">The dictionary file, as a resource name ("verbs/17_coerce.txt").</param>
/// <param name="Line">1-based line in that file.</param>
/// <param name="FramedOnly">True for an entry written "to help &lt;obj&gt;": the act is coded only as the framed act after
/// the "to" of a frame entry of root 02, 03, 10, 12 or 13 ("promised to help Nepal" 033) or of a permission ("allowed
/// X to help Y" 080), never on its own.</param>
public sealed record VerbPattern(CameoCode Code, string Lemma, IReadOnlyList<PatternElement> Elements, string File, int Line, bool FramedOnly = false)
{
    /// <summary>The pattern as written: "crack down on &lt;obj&gt;".</summary>
    public string PatternText => (FramedOnly ? "to " : "") + (Elements.Count == 0 ? Lemma : Lemma + " " + string.Join(' ', Elements));

    /// <summary>The entry for evidence: "verbs/17_coerce.txt:12 crack down on &lt;obj&gt;".</summary>
    public string EvidenceText => $"{File}:{Line} {PatternText}";

    /// <summary>True when element <paramref name="e"/> is followed by a complement slot (<c>to &lt;verb&gt;</c>,
    /// <c>&lt;obj&gt; &lt;any&gt;</c>): a 'to' there belongs to the complement clause, a target there is its subject.</summary>
    public bool ComplementFollows(int e) =>
        e + 1 < Elements.Count && Elements[e + 1].Kind is PatternElementKind.Complement or PatternElementKind.AnyComplement;

    /// <summary>True when element <paramref name="e"/> is the 'to' that introduces a complement slot ("refused to").</summary>
    public bool IsComplementTo(int e) => ComplementFollows(e) && Elements[e].Words.Contains("to");

    /// <summary>True when the target slot comes straight after the verb (a direct object), so the passive applies.</summary>
    public bool HasDirectObject => Elements.Count > 0 && Elements[0].Kind == PatternElementKind.Target;

    /// <summary>True when the pattern has an <c>&lt;obj&gt;</c> slot that must be filled for an event (not one written
    /// <c>(&lt;obj&gt;)</c>, which may stay empty).</summary>
    public bool HasRequiredTarget
    {
        get
        {
            foreach (var e in Elements) if (e.Kind == PatternElementKind.Target && !e.Optional) return true;
            return false;
        }
    }

    /// <summary>Number of required words: more words, more specific pattern.</summary>
    public int RequiredWords
    {
        get
        {
            int n = 0;
            foreach (var e in Elements) if (e.Kind == PatternElementKind.Word) n++;
            return n;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => EvidenceText + " → " + Code;
}
