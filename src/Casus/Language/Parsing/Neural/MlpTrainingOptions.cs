namespace Casus.Language.Parsing.Neural;

/// <summary>Settings of <see cref="MlpTrainer"/>. Same data, same options, same machine → same model bytes.</summary>
public sealed record MlpTrainingOptions
{
    /// <summary>Passes over the training data (the best epoch on the development set is kept). <value>Default 12.</value></summary>
    public int Epochs { get; init; } = 12;
    /// <summary>Seed of the initial weights, shuffling, dropout and exploration. <value>Default 1.</value></summary>
    public int Seed { get; init; } = 1;
    /// <summary>Hidden units (ReLU). <value>Default 200.</value></summary>
    public int Hidden { get; init; } = 200;
    /// <summary>Embedding widths of words, tags, clusters and relations. <value>Default 50, 20, 20, 20</value>
    /// (Chen and Manning's 50 for words and 50 for the rest cost more first-layer rows for no gain they reported).</summary>
    public int WordDim { get; init; } = 50;
    /// <inheritdoc cref="WordDim"/>
    public int TagDim { get; init; } = 20;
    /// <inheritdoc cref="WordDim"/>
    public int ClusterDim { get; init; } = 20;
    /// <inheritdoc cref="WordDim"/>
    public int LabelDim { get; init; } = 20;
    /// <summary>Embedding width of the shape values (distances, dependent counts). <value>Default 10.</value></summary>
    public int ShapeDim { get; init; } = 10;
    /// <summary>Adam's step size. <value>Default 0.001.</value></summary>
    public float LearningRate { get; init; } = 0.001f;
    /// <summary>Examples (transitions) per minibatch. <value>Default 32.</value></summary>
    public int Batch { get; init; } = 32;
    /// <summary>Probability of dropping a hidden unit in training. <value>Default 0.25.</value></summary>
    public float Dropout { get; init; } = 0.25f;
    /// <summary>Words seen fewer times than this in training are unknown. <value>Default 2.</value></summary>
    public int MinCount { get; init; } = 2;
    /// <summary>Word dropout: a word seen c times is read as unknown with probability a / (a + c), so the unknown
    /// row learns from words like the ones it will stand for (Kiperwasser and Goldberg 2016). <value>Default 0.25.</value></summary>
    public float WordDropout { get; init; } = 0.25f;
    /// <summary>From this epoch (0-based) on, the trainer follows its own prediction with probability
    /// <see cref="ExploreProbability"/> (dynamic oracle with exploration). <value>Default 2.</value></summary>
    public int ExploreFromEpoch { get; init; } = 2;
    /// <summary>Probability of following the model's own transition. <value>Default 0.5.</value></summary>
    public double ExploreProbability { get; init; } = 0.5;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for settings outside their ranges.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1, nameof(Epochs));
        if (Hidden is < 1 or > 4096) throw new ArgumentOutOfRangeException(nameof(Hidden));
        foreach (int d in new[] { WordDim, TagDim, ClusterDim, LabelDim, ShapeDim })
            if (d is < 1 or > 512) throw new ArgumentOutOfRangeException(nameof(WordDim));
        if (!(LearningRate > 0 && LearningRate < 1)) throw new ArgumentOutOfRangeException(nameof(LearningRate));
        if (Batch is < 1 or > 100_000) throw new ArgumentOutOfRangeException(nameof(Batch));
        if (!(Dropout >= 0 && Dropout < 1)) throw new ArgumentOutOfRangeException(nameof(Dropout));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinCount, 1, nameof(MinCount));
        if (!(WordDropout >= 0)) throw new ArgumentOutOfRangeException(nameof(WordDropout));
        ArgumentOutOfRangeException.ThrowIfNegative(ExploreFromEpoch, nameof(ExploreFromEpoch));
        if (ExploreProbability is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(ExploreProbability));
    }
}
