namespace Casus.Language.Parsing;

/// <summary>
/// Attachment scores over all words, punctuation included, as in the CoNLL 2018 shared task evaluation.
/// <see cref="Las"/> compares the universal part of the relation only (<c>nsubj:pass</c> counts as <c>nsubj</c>),
/// as CoNLL 2018 does; <see cref="FullLas"/> compares whole relations, subtypes included.
/// </summary>
public sealed class AttachmentScores
{
    /// <summary>Words scored.</summary>
    public long Words { get; private set; }
    /// <summary>Words with the right head.</summary>
    public long CorrectHeads { get; private set; }
    /// <summary>Words with the right head and universal relation.</summary>
    public long CorrectUniversal { get; private set; }
    /// <summary>Words with the right head and full relation.</summary>
    public long CorrectFull { get; private set; }

    /// <summary>Unlabelled attachment score, percent.</summary>
    public double Uas => Percent(CorrectHeads);
    /// <summary>Labelled attachment score on universal relations, percent.</summary>
    public double Las => Percent(CorrectUniversal);
    /// <summary>Labelled attachment score on full relations (with subtypes), percent.</summary>
    public double FullLas => Percent(CorrectFull);

    /// <summary>Adds one word: gold and predicted head (any consistent numbering) and relation.</summary>
    public void Add(int goldHead, string goldRelation, int predictedHead, string? predictedRelation)
    {
        Words++;
        if (goldHead != predictedHead) return;
        CorrectHeads++;
        if (predictedRelation == null) return;
        if (string.Equals(goldRelation, predictedRelation, StringComparison.Ordinal)) { CorrectUniversal++; CorrectFull++; }
        else if (Universal(goldRelation).SequenceEqual(Universal(predictedRelation))) CorrectUniversal++;
    }

    private static ReadOnlySpan<char> Universal(string relation)
    {
        int colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }

    private double Percent(long n) => Words == 0 ? 0 : 100.0 * n / Words;

    /// <inheritdoc/>
    public override string ToString() => $"UAS {Uas:F2}  LAS {Las:F2}  full-label LAS {FullLas:F2}  ({Words} words)";
}
