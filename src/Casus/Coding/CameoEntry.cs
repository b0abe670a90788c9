namespace Casus.Coding;

/// <summary>One row of the CAMEO table: a code with its name, scores and PLOVER mapping.</summary>
/// <param name="Code">The CAMEO code.</param>
/// <param name="Name">The CAMEO 1.1b3 name, e.g. "Use conventional military force, not specified below".</param>
/// <param name="Goldstein">Goldstein conflict–cooperation score (GDELT's table), −10 to +10.</param>
/// <param name="QuadClass">QuadClass (GDELT numbering).</param>
/// <param name="Plover">PLOVER category; null where PLOVER drops the code (roots 01 and 02).</param>
/// <param name="PloverMode">PLOVER mode, or null.</param>
/// <param name="PloverContext">PLOVER context, or null.</param>
/// <param name="Line">Line of the table the row came from (for evidence and error messages).</param>
public sealed record CameoEntry(
    CameoCode Code,
    string Name,
    double Goldstein,
    QuadClass QuadClass,
    PloverCategory? Plover,
    string? PloverMode,
    string? PloverContext,
    int Line);
