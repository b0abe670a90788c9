using Casus.Document;
using Casus.Language.Tagging;

namespace Casus.Language.Entities;

/// <summary>
/// Trims leading title words off person names: "President Obama", "Prime Minister Boris Johnson", "Gen. Milley"
/// become "Obama", "Boris Johnson", "Milley". Universal NER (like most entity annotation) leaves titles outside the
/// name, but the recogniser, seeing a capitalised title glued to a name, often starts the span on the title. The
/// title words are the gazetteer's <see cref="GazetteerWordClass.Title"/> words (data/gazetteer/title_words.txt).
/// </summary>
public static class TitleSplit
{
    private static readonly int PersonBegin = EntityRecognizer.ClassOf(new EntityTag(EntityType.Person, true));
    private static readonly int PersonInside = EntityRecognizer.ClassOf(new EntityTag(EntityType.Person, false));

    /// <summary>Rewrites the classes of one sentence in place. <paramref name="hashes"/> are its words padded by two
    /// on each side (<see cref="TaggerFeatures.Prepare"/>), <paramref name="gazetteer"/> their gazetteer codes.
    /// A person span loses its leading run of title words when a capitalised word that is not a title follows
    /// the run inside the span; returns how many spans were trimmed.</summary>
    public static int Apply(ReadOnlySpan<WordHashes> hashes, ReadOnlySpan<int> gazetteer, Span<int> classes)
    {
        int trimmed = 0, n = classes.Length;
        for (int a = 0; a < n; a++)
        {
            if (classes[a] != PersonBegin) continue;
            int b = a + 1;
            while (b < n && classes[b] == PersonInside) b++;
            int t = a;
            while (t < b && IsTitle(gazetteer[t])) t++;
            // Nothing to trim, or nothing left but titles ("the King"), or the rest is not a name.
            if (t == a || t == b || (hashes[t + 2].Flags & (WordFlags.Title | WordFlags.AllUpper)) == 0) { a = b - 1; continue; }
            for (int i = a; i < t; i++) classes[i] = 0;
            classes[t] = PersonBegin;
            trimmed++;
            a = b - 1;
        }
        return trimmed;
    }

    private static bool IsTitle(int code) => (EntityGazetteer.WordClasses(code) & GazetteerWordClass.Title) != 0;
}
