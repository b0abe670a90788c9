namespace Casus.Language.Parsing;

/// <summary>Settings of <see cref="ParserTrainer"/>. Same data, same options → same model bytes.</summary>
public sealed record ParserTrainingOptions
{
    /// <summary>Passes over the training data (the best epoch on the development set is kept). <value>Default 10.</value></summary>
    public int Epochs { get; init; } = 10;
    /// <summary>Seed of the shuffling and exploration. <value>Default 1.</value></summary>
    public int Seed { get; init; } = 1;
    /// <summary>From this epoch (0-based) on, the trainer follows its own prediction with probability
    /// <see cref="ExploreProbability"/> (dynamic-oracle training with exploration). <value>Default 1.</value></summary>
    public int ExploreFromEpoch { get; init; } = 1;
    /// <summary>Probability of following the model's own transition. <value>Default 0.9.</value></summary>
    public double ExploreProbability { get; init; } = 0.9;
    /// <summary>log2 of the transition table's rows. <value>Default 23</value>: at 2^21 rows hash collisions cost about
    /// 0.3 UAS on EWT dev.</summary>
    public int ActionBits { get; init; } = 23;
    /// <summary>log2 of the label table's rows. <value>Default 18.</value></summary>
    public int LabelBits { get; init; } = 18;
    /// <summary>Averaged weights smaller than this are pruned to zero before quantising. <value>Default 0.05.</value></summary>
    public float PruneBelow { get; init; } = 0.05f;
    /// <summary>Quantised weights (16-bit, scaled so that the table's largest is 32000) of smaller magnitude than this
    /// are pruned too. <value>Default 160</value> (0.5 % of the largest): on EWT dev it cut the model file by 12 % at
    /// no loss; 300 cut it by 40 % and cost 0.1 LAS.</summary>
    public int PruneQuantizedBelow { get; init; } = 160;

    /// <summary>Beam width: 1 trains greedily with the dynamic oracle and exploration; more trains a beam-search
    /// parser with max-violation updates (Huang et al. 2012), which then decodes with this width. <value>Default 1.</value></summary>
    public int BeamWidth { get; init; } = 1;

    /// <summary>Whether the model reads the attachment features (<see cref="FeatureExtractor.AttachmentCount"/> more
    /// templates; they need word clusters). <value>Default false.</value></summary>
    public bool AttachmentFeatures { get; init; }

    /// <summary>Greedy training only: this many perceptrons, seeded <see cref="Seed"/>, <see cref="Seed"/> + 1, ..., train
    /// side by side (each its own shuffles and exploration) and the model is the average of their averaged weights:
    /// an ensemble in one table, so it costs nothing when parsing. <value>Default 1.</value></summary>
    public int Ensemble { get; init; } = 1;

    /// <summary>The largest ensemble accepted.</summary>
    public const int MaxEnsemble = 8;

    /// <summary>The widest beam accepted.</summary>
    public const int MaxBeamWidth = 32;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for settings outside their ranges.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1, nameof(Epochs));
        ArgumentOutOfRangeException.ThrowIfNegative(ExploreFromEpoch, nameof(ExploreFromEpoch));
        if (ExploreProbability is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(ExploreProbability));
        if (ActionBits is < 8 or > 24) throw new ArgumentOutOfRangeException(nameof(ActionBits));
        if (LabelBits is < 8 or > 22) throw new ArgumentOutOfRangeException(nameof(LabelBits));
        ArgumentOutOfRangeException.ThrowIfNegative(PruneBelow, nameof(PruneBelow));
        if (PruneQuantizedBelow is < 0 or > 32000) throw new ArgumentOutOfRangeException(nameof(PruneQuantizedBelow));
        if (BeamWidth is < 1 or > MaxBeamWidth) throw new ArgumentOutOfRangeException(nameof(BeamWidth));
        if (Ensemble is < 1 or > MaxEnsemble || (Ensemble > 1 && BeamWidth > 1)) throw new ArgumentOutOfRangeException(nameof(Ensemble));
    }
}
