namespace Casus.Actors.People;

/// <summary>The code a person takes on a date, the affiliation it came from and, when the date fell outside every
/// affiliation, why this code was chosen.</summary>
/// <param name="Person">The person.</param>
/// <param name="Code">The code to use.</param>
/// <param name="Affiliation">The affiliation the code comes from (the nearest one when none holds on the date).</param>
/// <param name="Note">Empty when the affiliation holds on the date; else the fallback taken, for the evidence.</param>
public readonly record struct PersonResolution(Person Person, ActorCode Code, ActorEntry Affiliation, string Note)
{
    /// <summary>Evidence text: "actors/people.txt:12 Bashar al-Assad → SYRGOV [2000-07-17..]" plus the note.</summary>
    public string Evidence
    {
        get
        {
            var a = Affiliation;
            var bounds = a.ValidFrom is null && a.ValidUntil is null ? "" : $" [{a.ValidFrom:yyyy-MM-dd}..{a.ValidUntil:yyyy-MM-dd}]";
            var text = $"{a.Location} {a.Phrase} → {a.Code}{bounds}";
            return Note.Length == 0 ? text : $"{text}; {Note}";
        }
    }
}
