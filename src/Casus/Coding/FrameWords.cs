namespace Casus.Coding;

/// <summary>
/// The word lists the clause frames and the clause coder read (data/frames/frame_words.txt; one list per
/// <see cref="FrameWordList"/> member): among them the reporting verbs whose must-clause is a demand, the demand
/// nouns whose that-clause is one, the document nouns whose participle speaks for their issuer, the force nouns whose
/// arrival is no visit, the verbs of phase and of state, and the forms of "be".
/// Immutable and thread-safe.
/// </summary>
public sealed class FrameWords
{
    /// <summary>The embedded file's resource name.</summary>
    public const string ResourceName = "frames/frame_words.txt";

    /// <summary>The list names the file may hold, in the order of <see cref="FrameWordList"/>.</summary>
    private static readonly string[] ListNames = { "reporting-verbs", "demand-nouns", "document-nouns", "purpose-acts", "force-nouns", "purpose-participles", "measure-objects", "withheld-nouns", "custody-nouns", "aim-participles", "authored-nouns", "count-nouns", "attempt-verbs", "attribution-verbs", "transfer-nouns", "recourse-verbs", "aspect-verbs", "joint-nouns", "party-nouns", "draft-nouns", "adopting-verbs", "issuing-verbs", "unissuing-verbs", "binding-command-verbs", "wish-verbs", "non-factive-reporting", "settlement-nouns", "responsibility-nouns", "accusing-reports", "halting-nouns", "support-purposes", "copular-verbs", "reciprocal-cues", "realising-verbs", "statement-verbs", "be-forms", "phase-forms", "state-verbs", "state-complement-verbs", "place-adjectives", "owner-pronouns", "worded-force-verbs", "aiming-verbs", "collective-nouns", "name-heads", "stance-voicing-verbs", "stance-nouns", "endorsing-verbs", "warning-verbs", "threat-cues", "readiness-frames", "open-conditions", "mobilising-verbs", "site-nouns", "directing-verbs", "market-nouns", "fulfilled-nouns", "allied-cues", "two-sided-nouns", "adversary-nouns", "relation-nouns", "in-person-words" };

    private static readonly Lazy<FrameWords> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashSet<string>[] _lists;

    // Span views of the lists, so that a word of a parse is looked up without making a string of it.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _spanLookups;

    private FrameWords(HashSet<string>[] lists)
    {
        _lists = lists;
        _spanLookups = new HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[lists.Length];
        for (int i = 0; i < lists.Length; i++) _spanLookups[i] = lists[i].GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lists embedded in Casus.dll (loaded once, shared).</summary>
    public static FrameWords Default => LazyDefault.Value;

    /// <summary>True when <paramref name="word"/> (a lemma or word, any case) is in <paramref name="list"/>.</summary>
    public bool Contains(FrameWordList list, string? word) =>
        word is not null && _lists[(int)list].Contains(word);

    /// <summary>True when <paramref name="word"/> (any case) is in <paramref name="list"/>; allocates nothing.</summary>
    public bool Contains(FrameWordList list, ReadOnlySpan<char> word) => _spanLookups[(int)list].Contains(word);

    /// <summary>The words of <paramref name="list"/>.</summary>
    public IReadOnlyCollection<string> Words(FrameWordList list) => _lists[(int)list];

    /// <summary>Reads the lists with <see cref="WordListFile"/>'s rules; bad lines are reported in
    /// <paramref name="errors"/> and skipped, never thrown.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="file">The name errors carry.</param>
    /// <param name="errors">The rejected lines, as file:line: field: message.</param>
    public static FrameWords Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        errors = new List<DataFileError>();
        var words = WordListFile.Read(reader, file, ListNames, errors);
        var lists = new HashSet<string>[words.Length];
        for (int i = 0; i < lists.Length; i++) lists[i] = new HashSet<string>(words[i], StringComparer.OrdinalIgnoreCase);
        return new FrameWords(lists);
    }

    private static FrameWords LoadDefault() => EmbeddedList.Load<FrameWords>(ResourceName, "frame word lists", Load);
}

/// <summary>The lists of data/frames/frame_words.txt.</summary>
public enum FrameWordList
{
    /// <summary>Verbs of saying whose must-clause is the speaker's demand ("X said Y must Z").</summary>
    ReportingVerbs,
    /// <summary>Nouns whose that-clause is a demand ("a reminder to Y that it must Z", "its demand that Y grant Z").</summary>
    DemandNouns,
    /// <summary>Nouns of documents whose active participle speaks for their issuer ("a statement demanding ...").</summary>
    DocumentNouns,
    /// <summary>Verbs whose purpose infinitive reports the act itself ("skipped work to protest the law").</summary>
    PurposeActs,
    /// <summary>Nouns of armed forces and their equipment, whose arrival is a deployment, not a visit ("troops arrived").</summary>
    ForceNouns,
    /// <summary>Verbs whose participle or infinitive after an act states the act's purpose as pattern words
    /// ("protested demanding the resignation of X", "went on strike calling for elections").</summary>
    PurposeParticiples,
    /// <summary>Nouns a measure, not a weapon, is aimed at: "target" with one of them as its object is no use of
    /// force ("targeting Russian oligarchs", "target criminal networks", "targeting the U.S. market").</summary>
    MeasureObjects,
    /// <summary>Nouns of what is granted or withheld: "denied access", "denied funding" withholds it (a rejection),
    /// where "denied the report" rejects a claim (016).</summary>
    WithheldNouns,
    /// <summary>Nouns of people handed into custody ("handed over the suspects"): "hand over" is judicial cooperation
    /// (063) only when what is handed is a person.</summary>
    CustodyNouns,
    /// <summary>Aim verbs whose participle after another act tells that act's motive, not an announced intent
    /// ("heads to Beijing, seeking to mend ties with China").</summary>
    AimParticiples,
    /// <summary>Nouns of what one actor puts to another (offers, demands, invitations): their from-phrase names the
    /// author, not a place ("rejected an offer from Khartoum", "a demand from the US President").</summary>
    AuthoredNouns,
    /// <summary>Nouns that count people ("tens of thousands of students"): a chain of them is followed down its
    /// of-phrases to the people counted.</summary>
    CountNouns,
    /// <summary>Verbs of attempting ("tried to storm the palace"): their infinitive is coded as the act when it is
    /// coercion or force, which CAMEO codes whether or not it succeeded.</summary>
    AttemptVerbs,
    /// <summary>Verbs that close a sentence as its attribution ("..., a rights group charged on Saturday"): an
    /// apposition whose participle is one of them is that attribution misparsed, not another name of the noun.</summary>
    AttributionVerbs,
    /// <summary>Nouns of what goes somewhere (sales, shipments, visits): their to-phrase is a destination ("arms sales to
    /// Croatia", "his visit to Iraq"), which says nothing of whose the sentence's other actors are.</summary>
    TransferNouns,
    /// <summary>Verbs of recourse whose "to" before a gerund asserts the act: "youths resorted to throwing stones"
    /// is a stone-throwing, where "committed to supporting" or "objected to paying" is none.</summary>
    RecourseVerbs,
    /// <summary>Verbs of aspect whose open complement is the act that goes on or starts again ("committed to continue
    /// working with X" plans the working, 031, not an unknown step, 030).</summary>
    AspectVerbs,
    /// <summary>Nouns of a relation two sides hold together (cooperation, partnership): their with-phrase names the
    /// other side, whom praise of the relation is for ("welcomed our cooperation with Poland").</summary>
    JointNouns,
    /// <summary>Plural nouns of parties, no actor the dictionaries code ("partners", "nations", "the private
    /// sector"): as the object of a step a compound subject plans ("plan to convene partners"), they are the third
    /// party the members act on together, so the members are not each other's partners.</summary>
    PartyNouns,
    /// <summary>Nouns of texts put up for a decision (resolutions, drafts, bills, motions, proposals): a participle or
    /// relative clause on one says what the text would do, an act only once the text is adopted.</summary>
    DraftNouns,
    /// <summary>Verbs that adopt a draft text ("adopted a resolution condemning X"): its content is then asserted.</summary>
    AdoptingVerbs,
    /// <summary>Verbs by which their subject issues a document ("issued a statement demanding ..."): the issuer speaks
    /// through the document's participle.</summary>
    IssuingVerbs,
    /// <summary>Verbs that keep a document from being issued or adopted ("vetoed", "blocked", "rejected"): what the
    /// document says is asserted by no one.</summary>
    UnissuingVerbs,
    /// <summary>Verbs of binding command ("ordered", "forced"): a restriction or expulsion in their infinitive is the
    /// commander's own coercive act on the one it falls on, not a demand ("ordered the newspaper to suspend
    /// publication" is a press restriction imposed, 1721).</summary>
    BindingCommandVerbs,
    /// <summary>Verbs of wishing ("want"): "X wants Y to Z" asks Z of Y, an appeal even where CAMEO has no appeal code
    /// for Z (then the general 020), unlike a forecast ("expects Y to attack").</summary>
    WishVerbs,
    /// <summary>Reporting verbs that do not vouch for what they report ("the US claimed that they had attacked Iraq"
    /// asserts a claim, not an attack): their content clause is coded as no act of its own.</summary>
    NonFactiveReporting,
    /// <summary>Nouns, as written (plurals listed), for where people live ("Iraqi towns", "Ukrainian cities"): struck
    /// by force, a country's settlements stand for its civilians, not its state.</summary>
    SettlementNouns,
    /// <summary>Nouns a claim of responsibility takes its act from ("claimed responsibility|credit for the attack"):
    /// the for-phrase on one of them is the claimed act, whose target the claim is toward.</summary>
    ResponsibilityNouns,
    /// <summary>Reporting verbs whose content, when it is force or coercion done by another, is the speaker's
    /// accusation ("claimed that Y attacked Z"); not deny, doubt, fear or hope, which lay the act at no one's door.</summary>
    AccusingReports,
    /// <summary>Nouns that stop or take back what their of-phrase names ("a suspension of military aid", "aid cuts"):
    /// a pattern word below one of them is not the thing done ("announced a suspension of aid" gives no aid).</summary>
    HaltingNouns,
    /// <summary>Verbs of a purpose clause that is for, not against, whom it names ("rallied to support the people of
    /// X", "to mark the anniversary"): a protest's target is not taken from such a clause.</summary>
    SupportPurposes,
    /// <summary>Copular verbs ("become", "remain", "prove"): their open complement is a predicate ("resigned to become
    /// Secretary of State", "remain attentive to X"), which the target fallback does not search for a target.</summary>
    CopularVerbs,
    /// <summary>Words that say the members of a compound subject act on each other ("work together", "mutual
    /// cooperation", "help each other"); "other" and "another" count only in "each other" and "one another".</summary>
    ReciprocalCues,
    /// <summary>Verbs after which an infinitive left over by the frames is coded as the act itself: verbs of phase
    /// ("continued to send arms", "began to withdraw") and "scheduled to", which the gold sets code as the scheduled
    /// act ("is scheduled to attend a summit" → 04).</summary>
    RealisingVerbs,
    /// <summary>Verbs of saying whose utterance is coded as a statement (010) when <see cref="CodingOptions.CodeStatements"/>
    /// is on ("the ministry said ..."); fewer than <see cref="ReportingVerbs"/>, which adds verbs of emphasis and argument.</summary>
    StatementVerbs,
    /// <summary>Forms of "be" as written ("is", "'s", "were"), for an auxiliary or copula the tagger gave no lemma "be":
    /// a verb in -ing is a predicate only with one ("is attacking").</summary>
    BeForms,
    /// <summary>Verbs of phase as written ("continued", "began"), for the word-sequence reading: an infinitive right
    /// after one is the act itself ("continued to send arms").</summary>
    PhaseForms,
    /// <summary>Verbs of state ("remain", "exist"): a compound subject announcing one with "will" ("will remain close
    /// partners") says what the sides are, no intent to cooperate.</summary>
    StateVerbs,
    /// <summary>Verbs of state whose predicate adjective the parser makes their open complement ("stands ready to",
    /// "remains committed to"): read as "is ready to", "is committed to".</summary>
    StateComplementVerbs,
    /// <summary>Adjectives of place the parser may read as a verb heading an adverbial clause ("from neighboring
    /// Lebanon"): the clause's object is the phrase of the preposition before them.</summary>
    PlaceAdjectives,
    /// <summary>Possessive pronouns by which the source owns what a phrase names ("withdrew its troops from Lebanon"):
    /// the from-phrase then names the place left, the act's target.</summary>
    OwnerPronouns,
    /// <summary>Verbs of force that one politician uses of another in words ("Biden attacked Trump for the tweet"):
    /// between two single political persons of one country their plain force is criticism (WordedAttacks).</summary>
    WordedForceVerbs,
    /// <summary>Verbs of aiming ("sanctions that target X", "measures aimed at X") in a relative clause or participle on
    /// a pattern's own noun: what they aim at is the act's target.</summary>
    AimingVerbs,
    /// <summary>Nouns of quantity or kind ("groups of Russian products") whose of-phrase carries a target slot's
    /// actor.</summary>
    CollectiveNouns,
    /// <summary>Head nouns of a capitalised name of a programme, initiative, partnership, fund or gathering ("the
    /// Partnership for Workers' Rights"): the words of its post-head phrase belong to the name, not to the clause.</summary>
    NameHeads,
    /// <summary>Verbs by which the subject voices or restates a stance ("reaffirmed the President's commitment to X",
    /// "expressed Israel's concern"): the owner of the stance noun a pattern takes is the stance's holder, for whom the
    /// subject speaks, not the one the act is toward.</summary>
    StanceVoicingVerbs,
    /// <summary>Nouns of a stance one holds ("commitment", "concern", "support"): voiced by a
    /// <see cref="StanceVoicingVerbs"/> verb, their owner is the holder.</summary>
    StanceNouns,
    /// <summary>Verbs of endorsing a thing ("welcome", "commend", "support"): a to-infinitive after a thing they take
    /// is the thing's purpose, not the endorser's act (ClauseReader.PurposeOfEndorsedThing).</summary>
    EndorsingVerbs,
    /// <summary>Verbs of warning ("warn", "caution"): with a content clause they report a danger, a threat only where
    /// the clause holds a <see cref="ThreatCues"/> word (WarnedDangers).</summary>
    WarningVerbs,
    /// <summary>Words of a warning's content clause that make it a threat: a condition ("if", "unless") or harm the
    /// speaker holds out ("consequences", "retaliate").</summary>
    ThreatCues,
    /// <summary>Frames of readiness ("prepared to", "ready to") whose force act under an open condition is posture,
    /// not a threat (ConditionedReadiness).</summary>
    ReadinessFrames,
    /// <summary>Words of a condition that holds no one to anything ("if required", "if necessary").</summary>
    OpenConditions,
    /// <summary>Verbs whose intransitive sense is a demonstration and whose transitive sense mobilises others ("rallied
    /// the world to support Ukraine"): with a direct object their bare protest entry codes nothing (RalliedOthers).</summary>
    MobilisingVerbs,
    /// <summary>Nouns of a site an attack falls on ("targets", "positions", "bases"): in a target slot that names no
    /// actor, the country their in-phrase names is the target ("struck targets in Syria" → SYR).</summary>
    SiteNouns,
    /// <summary>Verbs by which a superior directs subordinates ("directed officials to explore", "instructed his
    /// ministers to ..."): aimed at the source's own people they are administration, no demand (OwnSubordinates).</summary>
    DirectingVerbs,
    /// <summary>Nouns of a market or an economy ("withdrawing from the Russian market"): leaving one is an economic exit,
    /// no military de-escalation (087).</summary>
    MarketNouns,
    /// <summary>Nouns of an aim one meets by fulfilling or facing it ("meeting the goals of the Paris Agreement",
    /// "meet the challenges"): "meet" with one is no meeting (040).</summary>
    FulfilledNouns,
    /// <summary>Words that say the members of a compound subject fight side by side, not each other ("fought side by
    /// side", "fought together", "fought alongside"): such a fight with no enemy named is no reciprocal attack.</summary>
    AlliedCues,
    /// <summary>Nouns of talks both sides hold ("held talks with X", "a round of negotiations with X"): the partner
    /// named by <i>with</i> talks with the subject as much as the subject with it, one event each way
    /// (ParseCoder.TwoSidedTalks).</summary>
    TwoSidedNouns,
    /// <summary>Nouns of those who stand against someone ("critics of the government", "Putin's opponents"): their
    /// owner or of-phrase is the one they oppose, never the doer of their act (ClauseReader.ActorsAt).</summary>
    AdversaryNouns,
    /// <summary>Nouns of the standing relation between states ("the U.S.-Austria relationship", "the US-Australia
    /// alliance"): one partner's praise of it, voiced alone, endorses the other (OwnRelation).</summary>
    RelationNouns,
    /// <summary>The first words of the verb and noun entries that name a meeting in person ("meet", "hold", "summit"):
    /// only such a meeting of two states is given a leaf by its venue (Geo.MeetingVenueStage).</summary>
    InPersonWords,
}
