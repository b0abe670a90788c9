namespace Casus.Evaluation;

/// <summary>How strictly a predicted event must agree with a gold event to match it (spec/eval.md, "Scoring").</summary>
public enum ScoreLevel
{
    /// <summary>"plover": same PLOVER category; actors ignored; events without a category left out on both sides.</summary>
    Plover,
    /// <summary>"root+dyad": same CAMEO root (or PLOVER category where gold has no code); actors agree on three letters.</summary>
    RootDyad,
    /// <summary>"code+dyad": CAMEO code to the gold's precision (or PLOVER where gold has no code); actors agree on
    /// as many letters as the gold gives, up to six.</summary>
    CodeDyad,
}

/// <summary>Names of the score levels as reports and the command line spell them.</summary>
public static class ScoreLevels
{
    /// <summary>All levels, coarsest first.</summary>
    public static IReadOnlyList<ScoreLevel> All { get; } = [ScoreLevel.Plover, ScoreLevel.RootDyad, ScoreLevel.CodeDyad];

    /// <summary>"plover", "root+dyad" or "code+dyad".</summary>
    public static string Name(ScoreLevel level) => level switch
    {
        ScoreLevel.Plover => "plover",
        ScoreLevel.RootDyad => "root+dyad",
        _ => "code+dyad",
    };

    /// <summary>Parses a level name; never throws.</summary>
    public static bool TryParse(string? name, out ScoreLevel level)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "plover": level = ScoreLevel.Plover; return true;
            case "root+dyad" or "root": level = ScoreLevel.RootDyad; return true;
            case "code+dyad" or "code": level = ScoreLevel.CodeDyad; return true;
            default: level = ScoreLevel.CodeDyad; return false;
        }
    }
}
