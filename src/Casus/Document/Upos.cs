namespace Casus.Document;

/// <summary>Universal Dependencies part-of-speech tags (v2), plus <see cref="None"/> for "not tagged".</summary>
public enum Upos : byte
{
    None = 0, ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X,
}

/// <summary>Parsing of UPOS tag names.</summary>
public static class UposNames
{
    /// <summary>Parses a UPOS name such as "NOUN"; returns false for anything else ("_" included).</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out Upos upos)
    {
        if (name.Length > 0 && name[0] != '_' && Enum.TryParse(name, ignoreCase: false, out upos) && upos != Upos.None)
            return true;
        upos = Upos.None;
        return false;
    }
}
