using Casus.Document;

namespace Casus.Language.Evaluation;

/// <summary>Entity spans from IOB2 tags, and span-level exact-match scoring.</summary>
public static class EntitySpans
{
    /// <summary>The entities of a tag sequence as (start, end exclusive, type).</summary>
    public static List<(int Start, int End, EntityType Type)> Of(ReadOnlySpan<EntityTag> tags)
    {
        var spans = new List<(int, int, EntityType)>();
        int start = -1;
        var type = EntityType.None;
        for (int i = 0; i <= tags.Length; i++)
        {
            var t = i < tags.Length ? tags[i] : EntityTag.Outside;
            bool continues = !t.IsOutside && !t.Begin && t.Type == type;
            if (start >= 0 && !continues) { spans.Add((start, i, type)); start = -1; type = EntityType.None; }
            if (!t.IsOutside && !continues) { start = i; type = t.Type; }
        }
        return spans;
    }

    /// <summary>Adds one sentence's counts to a running score.</summary>
    public static EntityScores Add(EntityScores running, ReadOnlySpan<EntityTag> gold, ReadOnlySpan<EntityTag> predicted)
    {
        var g = Of(gold);
        var p = Of(predicted);
        int correct = p.Count(x => g.Contains(x));
        return new EntityScores(running.Gold + g.Count, running.Predicted + p.Count, running.Correct + correct);
    }
}
