namespace Casus.Coding.Verbs;

/// <summary>Which inflected form of a verb a surface word is. A word can be several at once ("attacked" is past and participle).</summary>
[Flags]
public enum VerbForm : byte
{
    None = 0,
    /// <summary>The bare form: "attack" (also the non-third-person present).</summary>
    Base = 1,
    /// <summary>Third person singular present: "attacks".</summary>
    ThirdPerson = 2,
    /// <summary>Simple past: "attacked", "met".</summary>
    Past = 4,
    /// <summary>Past participle: "attacked", "taken".</summary>
    Participle = 8,
    /// <summary>Present participle or gerund: "attacking".</summary>
    Gerund = 16,
}
