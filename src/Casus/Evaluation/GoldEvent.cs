using Casus.Coding;

namespace Casus.Evaluation;

/// <summary>One event of a gold record, as a human coder recorded it.</summary>
/// <param name="Source">Source actor code as written, upper-cased; compounds joined by '+'; "" when the gold names none.</param>
/// <param name="Target">Target actor code, same conventions as <paramref name="Source"/>.</param>
/// <param name="Code">CAMEO code, at the precision the gold gives; null where only a PLOVER category is given.</param>
/// <param name="Plover">PLOVER category as given, else derived from <paramref name="Code"/>; null for CAMEO 01 and 02.</param>
public sealed record GoldEvent(string Source, string Target, CameoCode? Code, PloverCategory? Plover)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{(Source.Length == 0 ? "*" : Source)} -> {(Target.Length == 0 ? "*" : Target)} {Code?.Digits ?? "-"} {Plover?.ToString() ?? "-"}";
}
