using Casus.Document;

namespace Casus.Coding;

/// <summary>
/// "Insurgents bombarded Kabul, killing eight people", "Russian missiles struck a hospital, killing 50 people": a
/// participle of force (roots 18–20) that shares its subject with an attack in the main clause tells what that attack
/// did, not a second attack. PETRARCH codes the clause's verb phrase once and ICEWS one event per attack, and the CAMEO
/// manual codes an act by its most specific verb, so the attack stays one event: with its own target where it names
/// one, else with the participle's (the victims). The participle's event is found by its source path note
/// ("source path: killing ←advcl— bombarded —nsubj→ Insurgents") and the attack by its trigger word and source.
/// </summary>
internal static class AttackCasualties
{
    private const string PathPrefix = "source path: ";
    private const string Advcl = " ←advcl— ";

    /// <summary>The index (from <paramref name="from"/> to before <paramref name="count"/>) of the attack event that
    /// <paramref name="e"/> is the casualties of, else -1.</summary>
    public static int AttackOf(Article article, Event e, int from, int end, bool[]? drop)
    {
        if (e.Code.Root is < 18 or > 20 || e.Evidence.Notes is not { } notes) return -1;
        string? head = null;
        foreach (var note in notes)
        {
            if (!note.StartsWith(PathPrefix, StringComparison.Ordinal)) continue;
            int at = note.IndexOf(Advcl, StringComparison.Ordinal);
            if (at < 0) return -1;
            // Only the first hop: "killing ←advcl— bombarded —nsubj→ ...": the participle hangs on the attack verb.
            var trigger = note.AsSpan(PathPrefix.Length, at - PathPrefix.Length);
            if (!trigger.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || trigger.Contains(' ')) return -1;
            int rest = at + Advcl.Length;
            int stop = note.IndexOf(' ', rest);
            head = stop < 0 ? note[rest..] : note[rest..stop];
            break;
        }
        if (head is null) return -1;
        var tokens = article.Tokens;
        for (int j = from; j < end; j++)
        {
            if (drop?[j - from] == true) continue;
            var d = article.Events[j];
            if (ReferenceEquals(d, e) || d.Sentence != e.Sentence || d.Code.Root is < 18 or > 20) continue;
            if (d.Source.Code != e.Source.Code || d.Source.Tokens.First != e.Source.Tokens.First) continue;
            if (d.Trigger.First >= e.Trigger.First) continue;
            if (tokens[d.Trigger.First].Span.Equals(head, StringComparison.OrdinalIgnoreCase)) return j;
        }
        return -1;
    }
}
