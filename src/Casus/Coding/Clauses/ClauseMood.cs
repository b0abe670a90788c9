namespace Casus.Coding.Clauses;

/// <summary>
/// What a coded clause says of its act, beyond its polarity and modal (which decide its code): the act as coded, or a
/// mood in which it is no such act. Read once per clause by <see cref="ClauseMoods.Read"/> where the clause's code is
/// final, and carried to <see cref="EventEmitter"/>, which honours it without reading the clause again.
/// </summary>
internal enum ClauseMood
{
    /// <summary>The act as its code says: no mood takes it back.</summary>
    Asserted,

    /// <summary>"forces are prepared to deploy if required": readiness under an open condition, posture that holds
    /// no one to anything; no event (<see cref="ConditionedReadiness"/>).</summary>
    Posture,

    /// <summary>"warned the administration that Giuliani could be a conduit": a warning that reports a danger; a
    /// statement (010) with statements on, else no event (<see cref="WarnedDangers"/>).</summary>
    ReportedDanger,

    /// <summary>"rallied the world to stand with Ukraine": a rally verb with an object mobilises others; no
    /// demonstration, no event (<see cref="RalliedOthers"/>).</summary>
    OthersMobilised,

    /// <summary>"agreed that this incident underscored the urgency": agreement with a proposition; a statement (010)
    /// with statements on, else no event (<see cref="AgreedPropositions"/>).</summary>
    SharedView,
}
