namespace Casus.Language.Tagging;

/// <summary>
/// What the greedy tagger has decided so far in a sentence, beyond the two previous tags: the auxiliary that governs
/// the current word (the nearest preceding word that is not an adverb, when it is an auxiliary or modal), and the
/// nearest preceding verb with whether a clause boundary or a noun came after it. These separate the confusions the
/// ±2 window cannot: "had not yet <b>signed</b>" (VBN after a distant auxiliary) against "police <b>arrested</b> the
/// man" (VBD: a subject before, no auxiliary), and "the man who was <b>arrested</b>" against "the man <b>arrested</b> on
/// Monday". Advanced with each decided class; a default value is the sentence start. Templates:
/// <see cref="TaggerFeatures.ExtractClause"/>.
/// </summary>
public struct ClauseContext
{
    // Class id + 1 of the governing auxiliary (0: none) and of the nearest preceding verb (0: none).
    private int _aux, _verb;
    // Since the nearest preceding verb: bit 0 a clause boundary (wh-word, conjunction, comma), bit 1 a noun or pronoun.
    private int _since;

    /// <summary>The governing auxiliary's class + 1 (0: none).</summary>
    public readonly int Aux => _aux;

    /// <summary>The nearest preceding verb's class + 1 (0: none), times 4, plus what came after it (boundary, noun).</summary>
    public readonly int Verb => _verb << 2 | _since;

    /// <summary>Takes in the decided class <paramref name="cls"/> of the next word.</summary>
    public void Advance(int cls, ReadOnlySpan<byte> kinds)
    {
        int k = kinds[cls];
        // Adverbs and negation between an auxiliary and its verb keep the auxiliary ("has not yet been").
        if ((k & ClauseKinds.Adverb) != 0) return;
        _aux = (k & ClauseKinds.Auxiliary) != 0 ? cls + 1 : 0;
        if ((k & ClauseKinds.Verb) != 0)
        {
            _verb = cls + 1;
            _since = 0;
        }
        else if ((k & ClauseKinds.Boundary) != 0) _since |= 1;
        else if ((k & ClauseKinds.Nominal) != 0) _since |= 2;
    }
}

/// <summary>Per-class flags <see cref="ClauseContext"/> reads, from the class names ("XPOS|UPOS").</summary>
public static class ClauseKinds
{
    /// <summary>RB, RBR, RBS (includes "not" and "n't").</summary>
    public const byte Adverb = 1;
    /// <summary>UPOS AUX or Penn MD.</summary>
    public const byte Auxiliary = 2;
    /// <summary>UPOS VERB or AUX.</summary>
    public const byte Verb = 4;
    /// <summary>A clause may start after it: WDT, WP, WP$, WRB, CC, comma.</summary>
    public const byte Boundary = 8;
    /// <summary>NN, NNS, NNP, NNPS, PRP: a possible subject.</summary>
    public const byte Nominal = 16;

    /// <summary>The flags of every class.</summary>
    public static byte[] Of(IReadOnlyList<string> classNames)
    {
        var kinds = new byte[classNames.Count];
        for (int i = 0; i < kinds.Length; i++)
        {
            var name = classNames[i];
            int bar = name.IndexOf('|');
            var xpos = bar < 0 ? name : name[..bar];
            var upos = bar < 0 ? "" : name[(bar + 1)..];
            byte k = 0;
            if (xpos is "RB" or "RBR" or "RBS") k |= Adverb;
            if (upos == "AUX" || xpos == "MD") k |= Auxiliary;
            if (upos is "VERB" or "AUX") k |= Verb;
            if (xpos is "WDT" or "WP" or "WP$" or "WRB" or "CC" or ",") k |= Boundary;
            if (xpos is "NN" or "NNS" or "NNP" or "NNPS" or "PRP") k |= Nominal;
            kinds[i] = k;
        }
        return kinds;
    }
}
