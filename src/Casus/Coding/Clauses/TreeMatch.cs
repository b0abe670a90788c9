using Casus.Coding.Verbs;

namespace Casus.Coding.Clauses;

/// <summary>A verb pattern matched against the dependency tree: where its words and slots fell.</summary>
internal struct TreeMatch
{
    public VerbPattern Pattern;
    public VerbForm Form;
    /// <summary>Token of the verb.</summary>
    public int Verb;
    /// <summary>Last token the pattern's words or complement used (the trigger's end).</summary>
    public int LastWord;
    public int Score;
    /// <summary>Node whose actors are the target (-1: none found).</summary>
    public int TargetNode;
    /// <summary>The preposition the target was found behind, -1 for a direct object.</summary>
    public int TargetCase;
    /// <summary>The target is the actor a thing goes to ("offered its troops to Lebanon"), not the object itself.</summary>
    public bool Recipient;
    /// <summary>The target node is a thing praised or endorsed (<see cref="EndorsedOwner"/>): only its owner or doer
    /// is read from it, not the actor it is aimed at.</summary>
    public bool TargetDoer;
    /// <summary>The target node is a stance the subject voices whose owner holds it ("reaffirmed the President's
    /// commitment"): its actors are the holder, no target, unless of the source's own country.</summary>
    public bool StanceHolder;
    /// <summary>The pattern's direct object is the passive clause's subject ("X was attacked by Y").</summary>
    public bool TargetIsPatient;
    /// <summary>The target is the object of a verb coordinated after this one ("condemned and rejected X"): the trigger
    /// stays the verb's own words.</summary>
    public bool SharedObject;
    public VerbPattern? ComplementPattern;
    public CameoCode? ComplementCode;
    /// <summary>The complement verb ("release" in "urged X to release"), -1 when none.</summary>
    public int ComplementVerb;
    /// <summary>The complement's own target node, -1 when none.</summary>
    public int ComplementTarget;
    public bool ComplementRecipient;
    /// <summary>The complement is an act the command verb imposes (<see cref="ComplementFrames.Imposed"/>): it falls
    /// on the complement's own target where it names one, not on the one ordered.</summary>
    public bool ImposedAct;
    /// <summary>The <c>to &lt;verb&gt;</c> slot holds a verb the dictionary does not code (only from
    /// <see cref="PatternMatcher.TryJointStep"/>): the entry's own code stands.</summary>
    public bool UnknownStep;
    /// <summary>The entry's <c>with &lt;obj&gt;</c> partner is the other member of a compound subject (only from
    /// <see cref="PatternMatcher.TryCoSubjectPartner"/>): no target is read.</summary>
    public bool CoSubjectPartner;
    /// <summary>A kind word the pattern used is one of several listed before its noun (<see cref="ListedKinds"/>:
    /// "economic, health, and security assistance"): any other pattern at the verb is the better reading.</summary>
    public bool ListedKind;
    /// <summary>Tokens the pattern's words used, so they are not read as predicates again (up to 6).</summary>
    public UsedTokens Used;
}

/// <summary>A small fixed list of token indices (no allocation).</summary>
internal struct UsedTokens
{
    private int _a, _b, _c, _d, _e, _f;
    public int Count;

    public void Add(int t)
    {
        switch (Count)
        {
            case 0: _a = t; break;
            case 1: _b = t; break;
            case 2: _c = t; break;
            case 3: _d = t; break;
            case 4: _e = t; break;
            case 5: _f = t; break;
            default: return;
        }
        Count++;
    }

    public readonly int this[int i] => i switch { 0 => _a, 1 => _b, 2 => _c, 3 => _d, 4 => _e, _ => _f };
}
