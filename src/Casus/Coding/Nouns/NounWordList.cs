namespace Casus.Coding.Nouns;

/// <summary>
/// The word lists of data/nouns/governors.txt: the verbs and nouns around an event noun that decide whether and how
/// the noun is read as an act (docs/formats/nouns.md, "Governing words").
/// </summary>
public enum NounWordList
{
    /// <summary>Light verbs whose object names the act ("held talks"); section <c>[light]</c>.</summary>
    Light,
    /// <summary>Verbs of receiving ("received weapons from Y"); section <c>[receive]</c>.</summary>
    Receive,
    /// <summary>Verbs saying an event took place or what it did ("talks ended"); section <c>[occurrence]</c>.</summary>
    Occurrence,
    /// <summary>Verbs of harm whose victim is the event's target ("killed in shelling"); section <c>[harm]</c>.</summary>
    Harm,
    /// <summary>Nouns that measure an event ("rounds of talks"); section <c>[measure]</c>.</summary>
    Measure,
    /// <summary>Motion verbs that take "on a visit"; section <c>[motion]</c>.</summary>
    Motion,
    /// <summary>Things force reaches only in a figure of speech ("an assault on autonomy"); section <c>[abstract-target]</c>.</summary>
    AbstractTarget,
    /// <summary>Verbs of reaction whose object is an act another actor did ("condemned Russia's invasion of Ukraine");
    /// section <c>[reaction]</c>.</summary>
    Reaction,
    /// <summary>Verbs whose object is an act already done, named as a point in time ("followed Biden's meeting with
    /// Marcos"); section <c>[prior]</c>.</summary>
    Prior,
    /// <summary>Verbs of announcing whose object is a measure taken by being announced ("announced the arrest of X",
    /// "announced the expulsion of X"); read only for coercion, sanctions and releases; section <c>[announce]</c>.</summary>
    Announce,
    /// <summary>Adjectives that tell an act has happened or is under way ("Lee's recent visit to the US", "Argentina's
    /// ongoing talks with the IMF"): the noun is read wherever it stands; section <c>[aspect]</c>.</summary>
    Aspect,
    /// <summary>Verbs and nouns whose on-, from- or of-phrase is an act that came before and that they rest on ("built on
    /// the cooperation between X and Y", "resulted from the collaboration between X and Y"); section <c>[basis]</c>.</summary>
    Basis,
    /// <summary>Adjectives that make an act one not (yet) done ("a possible Russian invasion", "the planned visit");
    /// section <c>[unreal]</c>.</summary>
    Unreal,
    /// <summary>Nouns that hand a thing over ("Denmark's provision of security assistance to Ukraine", "the transfer of
    /// ballistic missiles to Russia"): an aid noun or a thing given as aid in their of-phrase stands in their place, and
    /// they name the giver and the receiver; section <c>[carrier]</c>.</summary>
    Carrier,
    /// <summary>Nouns and verbs whose of-, to- or against-phrase is an act that has happened ("in the face of Russia's
    /// invasion of Ukraine", "in response to", "the impact of", "defend X against"); read as <c>[basis]</c> is;
    /// section <c>[presuppose]</c>.</summary>
    Presuppose,
    /// <summary>Nouns that name a binding document ("treaty", "convention"): a withdrawal from one leaves an accord, it
    /// pulls no forces back (087); section <c>[accord]</c>.</summary>
    Accord,
    /// <summary>Nouns that name a standing campaign of force ("war", "invasion", "occupation"): in a subordinate place
    /// (an aspect adjective, a presupposing frame, the doer of another verb) they name a background state, not an act
    /// the story reports; section <c>[campaign]</c>.</summary>
    Campaign,
}
