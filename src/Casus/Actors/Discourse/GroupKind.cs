namespace Casus.Actors.Discourse;

/// <summary>What members a group head sums up (data/actors/groups.txt; <see cref="GroupPass"/>).</summary>
internal enum GroupKind
{
    /// <summary>Heads of state or government: a single person of a government ("leaders", "presidents").</summary>
    Leader,
    /// <summary>Ministers and secretaries ("ministers", "foreign ministers").</summary>
    Minister,
    /// <summary>Any one person of a government: ministers, advisers, envoys, heads ("officials": a national security
    /// adviser's readout sums up the adviser and a foreign minister's diplomatic adviser as "the two officials").</summary>
    Official,
    /// <summary>Advisers of a government ("the two National Security Advisors", "both advisers"): a person whose title
    /// is an adviser's, checked as officials are (a third state the members' sentence names leaves the group open).</summary>
    Adviser,
    /// <summary>A state or its government, as its government ("governments", "administrations").</summary>
    Government,
    /// <summary>A state or its government, as its country ("countries", "nations").</summary>
    Country,
    /// <summary>A state or its government, as named ("sides", "delegations": the parties to talks).</summary>
    Side,
}
