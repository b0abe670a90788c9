using System.Text.RegularExpressions;
using Casus.Document;
using Casus.Language.Conllu;

namespace Casus.Language.Entities;

/// <summary>
/// Turns GUM's entity annotation (MISC <c>Entity=(id-type-…</c> … <c>id)</c>, nested full noun phrases of every
/// kind) into name-style IOB2 like Universal NER's: a run of proper nouns whose innermost enclosing entity is a person,
/// organisation or place becomes PER, ORG or LOC; everything else is O ("a group of Afghan teenagers" has no name).
/// </summary>
public static partial class GumEntities
{
    [GeneratedRegex(@"\((\d+)-([a-z]+)[^()|]*(\))?|(\d+)\)")]
    private static partial Regex Brackets();

    /// <summary>The IOB2 view of one GUM sentence.</summary>
    public static Iob2Sentence ToIob2(ConlluSentence s)
    {
        int n = s.Words.Count;
        var innermostId = new int[n];
        var innermostType = new EntityType[n];
        var open = new List<(int Id, EntityType Type)>();
        for (int i = 0; i < n; i++)
        {
            var misc = s.Words[i].Misc;
            int at = misc.IndexOf("Entity=", StringComparison.Ordinal);
            var closers = new List<int>();
            if (at >= 0)
            {
                int end = misc.IndexOf('|', at);
                var value = end < 0 ? misc[(at + 7)..] : misc[(at + 7)..end];
                foreach (Match m in Brackets().Matches(value))
                {
                    if (m.Groups[1].Success)
                    {
                        int id = int.Parse(m.Groups[1].Value);
                        open.Add((id, Map(m.Groups[2].Value)));
                        if (m.Groups[3].Success) closers.Add(id);
                    }
                    else closers.Add(int.Parse(m.Groups[4].Value));
                }
            }
            (innermostId[i], innermostType[i]) = open.Count > 0 ? (open[^1].Id, open[^1].Type) : (-1, EntityType.None);
            foreach (int id in closers)
            {
                int k = open.FindLastIndex(o => o.Id == id);
                if (k >= 0) open.RemoveAt(k);
            }
        }
        var tags = new EntityTag[n];
        for (int i = 0; i < n; i++)
        {
            if (s.Words[i].Upos != Upos.PROPN || innermostType[i] == EntityType.None) continue;
            bool continues = i > 0 && !tags[i - 1].IsOutside && innermostId[i - 1] == innermostId[i];
            tags[i] = new EntityTag(innermostType[i], !continues);
        }
        return new Iob2Sentence(s.Id, s.Words.Select(w => w.Form).ToArray(), tags, s.Line);
    }

    private static EntityType Map(string type) => type switch
    {
        "person" => EntityType.Person,
        "organization" => EntityType.Organization,
        "place" => EntityType.Location,
        _ => EntityType.None,
    };
}
