namespace Casus.Actors;

/// <summary>What a dictionary phrase contributes to an actor phrase.</summary>
public enum ActorEntryKind
{
    /// <summary>A country's name ("Syria", "the U.S."): codes as the country, or modifies a following role.</summary>
    CountryName,
    /// <summary>A demonym or adjective ("Syrian", "Iraqis"): modifies a following role, else codes as the country.</summary>
    CountryAdjective,
    /// <summary>A capital or seat of government used for the government ("Damascus", "the Kremlin"): country + GOV.</summary>
    Seat,
    /// <summary>An international organisation, NGO or militant group ("NATO", "Amnesty International").</summary>
    Organisation,
    /// <summary>A role noun that heads an actor phrase ("troops", "government"); the last head wins.</summary>
    RoleHead,
    /// <summary>A role modifier that overrides the head it precedes ("rebel forces" → REB).</summary>
    RoleModifier,
    /// <summary>A word that may stand inside an actor phrase without changing its code ("senior", "top").</summary>
    Filler,
    /// <summary>A named person with a date-bounded affiliation.</summary>
    Person,
    /// <summary>A role head whose role is this one when a country names the phrase, and another line's head's
    /// otherwise ("a Japanese bomber" → JPNMIL, an aircraft; "the bomber" → UAF, a person).</summary>
    NationalHead,
    /// <summary>A word that marks an office as no longer held ("former", "ousted", "deposed"): a filler that turns a
    /// government, legislative or judicial role of its phrase into this line's role (CAMEO ELI: former officials).</summary>
    PastOffice,
    /// <summary>A compound in which a role word of this line names no role ("artificial intelligence", "General
    /// Electric", "radio access network"): matched longest-first like any phrase, it hides the role word inside it.</summary>
    NotRole,
}
