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
    public static Iob2Sentence ToIob2(ConlluSentence s) => ToIob2(s, GumIdentity.Any);

    /// <summary>The IOB2 view of one GUM sentence, keeping only entities whose kind <paramref name="identity"/>
    /// requires to carry a Wikipedia identity (GUM's last entity field, e.g. <c>-sgl-University_of_Portsmouth</c>):
    /// UNER marks names, and an identity is strong evidence that a mention is a name, not a description.</summary>
    public static Iob2Sentence ToIob2(ConlluSentence s, GumIdentity identity)
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
                        var type = Map(m.Groups[2].Value);
                        // id-type-infstat-salience-centering-minspan-coref[-identity]: 8 or more fields when identified.
                        bool identified = m.Value.TrimStart('(').TrimEnd(')').Split('-').Length >= 8;
                        bool required = identity == GumIdentity.All || (identity == GumIdentity.OrganizationsAndPlaces && type != EntityType.Person);
                        open.Add((id, required && !identified ? EntityType.None : type));
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

/// <summary>Which GUM entities must carry a Wikipedia identity to become names (<see cref="GumEntities.ToIob2(ConlluSentence, GumIdentity)"/>).</summary>
public enum GumIdentity
{
    /// <summary>Every person, organisation and place entity counts.</summary>
    Any,
    /// <summary>Organisations and places need an identity; people do not (private people have no Wikipedia page but are names).</summary>
    OrganizationsAndPlaces,
    /// <summary>Every entity needs an identity.</summary>
    All,
}
