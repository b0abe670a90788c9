using Casus.Language.Tagging;

namespace Casus.Language.Entities;

/// <summary>
/// What the rest of a document says about a word: how often the word (any case) was labelled person, organisation
/// or place in the document's other sentences. A name is usually written the same way and means the same thing
/// throughout one article, so a mention in an ambiguous context ("i think Miramar was ...") can borrow the label of
/// clearer ones. Filled from gold labels while training and from a first tagging pass when recognising.
/// Not thread-safe; one per document being processed.
/// </summary>
public sealed class DocumentMemory
{
    private readonly Dictionary<ulong, (int Person, int Organization, int Location)> _counts = [];

    /// <summary>Forgets everything (reuse for the next document).</summary>
    public void Clear() => _counts.Clear();

    /// <summary>Counts (or with <paramref name="sign"/> -1 un-counts) the entity words of one sentence.
    /// <paramref name="hashes"/> is padded by two on each side; <paramref name="classes"/> holds entity class ids.</summary>
    public void Add(ReadOnlySpan<WordHashes> hashes, ReadOnlySpan<int> classes, int sign = 1)
    {
        for (int i = 0; i < classes.Length; i++)
        {
            int c = classes[i];
            if (c == 0) continue;
            var key = hashes[i + 2].Lower;
            var v = _counts.GetValueOrDefault(key);
            v = c <= 2 ? (v.Person + sign, v.Organization, v.Location) : c <= 4 ? (v.Person, v.Organization + sign, v.Location) : (v.Person, v.Organization, v.Location + sign);
            _counts[key] = v;
        }
    }

    /// <summary>Writes one code per word of a sentence: 0 when the rest of the document never labels the word,
    /// else the most frequent type (1 person, 2 organisation, 3 place) plus 3 when it is labelled so at least twice
    /// and plus 6 when another type competes. The sentence's own labels, when given in <paramref name="own"/>, are left out.</summary>
    public void Codes(ReadOnlySpan<WordHashes> hashes, ReadOnlySpan<int> own, Span<int> codes)
    {
        int n = codes.Length;
        for (int i = 0; i < n; i++)
        {
            codes[i] = 0;
            if (_counts.Count == 0 || !_counts.TryGetValue(hashes[i + 2].Lower, out var v)) continue;
            if (!own.IsEmpty)
            {
                // Subtract this sentence's own labels of the same word.
                for (int j = 0; j < n; j++)
                {
                    int c = own[j];
                    if (c == 0 || hashes[j + 2].Lower != hashes[i + 2].Lower) continue;
                    if (c <= 2) v.Person--; else if (c <= 4) v.Organization--; else v.Location--;
                }
            }
            int best = Math.Max(v.Person, Math.Max(v.Organization, v.Location));
            if (best <= 0) continue;
            int type = v.Person == best ? 1 : v.Organization == best ? 2 : 3;
            int total = v.Person + v.Organization + v.Location;
            codes[i] = type + (best >= 2 ? 3 : 0) + (total > best ? 6 : 0);
        }
    }
}
