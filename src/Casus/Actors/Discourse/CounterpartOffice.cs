namespace Casus.Actors.Discourse;

/// <summary>An office a counterpart shares (data/actors/offices.txt; <see cref="CounterpartPass"/>). Only offices one
/// person of a government holds.</summary>
internal enum CounterpartOffice
{
    /// <summary>No office with a single counterpart ("Vice President", "Trade Minister", "officials").</summary>
    None,
    /// <summary>Foreign minister, secretary of state.</summary>
    Foreign,
    /// <summary>Defence minister or secretary.</summary>
    Defence,
    /// <summary>National security adviser.</summary>
    SecurityAdviser,
    /// <summary>Head of state or government.</summary>
    Leader,
}
