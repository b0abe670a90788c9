using Casus.Language.Conllu;

namespace Casus.Language.Models;

/// <summary>
/// The treebank sentences Casus trains on. Shipped models use EWT and the GUM documents whose genre is CC BY:
/// GUM's <c>whow</c> and <c>fiction</c> genres are non-commercial (see ud/LICENSE-GUM.txt) and are left out.
/// </summary>
public static class TrainingCorpus
{
    /// <summary>GUM genres whose licence forbids commercial use.</summary>
    public static IReadOnlySet<string> ExcludedGumGenres { get; } = new HashSet<string>(StringComparer.Ordinal) { "whow", "fiction" };

    /// <summary>Training sentences: EWT train plus GUM train of permitted genres.</summary>
    public static List<ConlluSentence> Train(string dataDir)
    {
        var list = ConlluReader.ReadFile(Path.Combine(dataDir, "ud", "en_ewt-ud-train.conllu.gz")).ToList();
        list.AddRange(ConlluReader.ReadFile(Path.Combine(dataDir, "ud", "en_gum-ud-train.conllu.gz")).Where(IsPermitted));
        return list;
    }

    /// <summary>GUM's dev and test sentences of permitted genres: more training text for components measured on EWT
    /// only (never for a component scored on GUM).</summary>
    public static List<ConlluSentence> GumHeldOut(string dataDir) =>
        ConlluReader.ReadFile(Path.Combine(dataDir, "ud", "en_gum-ud-dev.conllu.gz"))
            .Concat(ConlluReader.ReadFile(Path.Combine(dataDir, "ud", "en_gum-ud-test.conllu.gz")))
            .Where(IsPermitted).ToList();

    /// <summary>Development sentences: EWT dev.</summary>
    public static List<ConlluSentence> Dev(string dataDir) =>
        ConlluReader.ReadFile(Path.Combine(dataDir, "ud", "en_ewt-ud-dev.conllu.gz")).ToList();

    /// <summary>False for sentences of excluded GUM genres (recognised from <c>GUM_genre_...</c> document or sentence ids).</summary>
    public static bool IsPermitted(ConlluSentence s)
    {
        var id = s.DocId ?? s.Id;
        if (id is null || !id.StartsWith("GUM_", StringComparison.Ordinal)) return true;
        int end = id.IndexOf('_', 4);
        var genre = end < 0 ? id[4..] : id[4..end];
        return !ExcludedGumGenres.Contains(genre);
    }

    /// <summary>A deterministic Fisher–Yates shuffle order.</summary>
    public static int[] Shuffled(int count, Random random)
    {
        var order = new int[count];
        for (int i = 0; i < count; i++) order[i] = i;
        for (int i = count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
