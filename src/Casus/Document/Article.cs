namespace Casus.Document;

/// <summary>
/// One news article as it flows through the pipeline. The article owns its text and every annotation
/// (sentences, tokens, mentions, events) in compact lists; <see cref="Token"/> and <see cref="Sentence"/>
/// are views into those lists. Stages add annotations in pipeline order; none rewrites what an earlier stage wrote.
/// </summary>
public sealed class Article
{
    private readonly List<SentenceData> _sentences = new();
    private readonly List<TokenData> _tokens = new();
    private readonly List<Mention> _mentions = new();
    private readonly List<Event> _events = new();
    private readonly List<Diagnostic> _diagnostics = new();

    /// <summary>Creates an article over <paramref name="text"/>, the body that will be coded.</summary>
    public Article(string id, string text, ArticleMetadata? metadata = null, IReadOnlyList<string>? captions = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        Metadata = metadata ?? ArticleMetadata.Empty;
        Captions = captions ?? Array.Empty<string>();
    }

    /// <summary>The article's identifier: the id field of a JSON Lines record, else the path it was read from.</summary>
    public string Id { get; }

    /// <summary>The article body: the text that is split, parsed and coded. All offsets point into it.</summary>
    public string Text { get; }

    /// <summary>Title, publication date, site, authors and URL, as far as ingest could read them.</summary>
    public ArticleMetadata Metadata { get; }

    /// <summary>Photo captions, kept apart from the body (they are not coded).</summary>
    public IReadOnlyList<string> Captions { get; }

    /// <summary>Sentences in text order.</summary>
    public SentenceList Sentences => new(this);

    /// <summary>Tokens in text order, across all sentences.</summary>
    public TokenList Tokens => new(this);

    /// <summary>Actor mentions found by the actor stage, in text order.</summary>
    public IReadOnlyList<Mention> Mentions => _mentions;

    /// <summary>Coded events, in text order.</summary>
    public IReadOnlyList<Event> Events => _events;

    /// <summary>Problems stages met on this article (a stage records a reason instead of throwing on bad input).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Which annotation layers have been filled so far.</summary>
    public Annotations Filled { get; private set; }

    internal List<SentenceData> SentenceData => _sentences;
    internal List<TokenData> TokenData => _tokens;

    /// <summary>Reserves room for this many sentences and tokens in all, so that a segmenter that knows its counts
    /// adds them without the lists growing (and copying) step by step.</summary>
    internal void EnsureCapacity(int sentences, int tokens)
    {
        _sentences.EnsureCapacity(sentences);
        _tokens.EnsureCapacity(tokens);
    }

    /// <summary>Adds a sentence covering <c>[start, end)</c> of <see cref="Text"/> and returns its index.</summary>
    public int AddSentence(int start, int end)
    {
        if (start < 0 || end > Text.Length || end < start)
            throw new ArgumentOutOfRangeException(nameof(start), $"sentence [{start},{end}) is outside the text (length {Text.Length})");
        if (_sentences.Count > 0 && start < _sentences[^1].End)
            throw new ArgumentException("sentences must be added in text order without overlap", nameof(start));
        _sentences.Add(new SentenceData { Start = start, End = end, FirstToken = _tokens.Count, TokenCount = 0 });
        return _sentences.Count - 1;
    }

    /// <summary>Adds a token covering <c>[start, end)</c> to the last sentence added, and returns its index.</summary>
    public int AddToken(int start, int end)
    {
        if (_sentences.Count == 0) throw new InvalidOperationException("add a sentence before its tokens");
        var s = _sentences[^1];
        if (start < s.Start || end > s.End || end <= start)
            throw new ArgumentOutOfRangeException(nameof(start), $"token [{start},{end}) is outside its sentence [{s.Start},{s.End})");
        if (s.TokenCount > 0 && start < _tokens[^1].End)
            throw new ArgumentException("tokens must be added in text order without overlap", nameof(start));
        _tokens.Add(new TokenData { Start = start, End = end, Sentence = _sentences.Count - 1, Head = -1 });
        s.TokenCount++;
        _sentences[^1] = s;
        return _tokens.Count - 1;
    }

    /// <summary>Sets the morphological annotation of token <paramref name="index"/>.</summary>
    public void SetMorphology(int index, Upos upos, string? xpos, string? lemma)
    {
        var t = _tokens[index];
        t.Upos = upos;
        t.Xpos = xpos;
        t.Lemma = lemma;
        _tokens[index] = t;
    }

    /// <summary>Sets the dependency head (article-wide token index, -1 for the sentence root) and relation.</summary>
    public void SetDependency(int index, int head, string relation)
    {
        var t = _tokens[index];
        if (head >= 0 && _tokens[head].Sentence != t.Sentence)
            throw new ArgumentException("a head must lie in the same sentence", nameof(head));
        t.Head = head;
        t.Relation = relation;
        _tokens[index] = t;
    }

    /// <summary>Sets the entity tag (IOB2 with type) of token <paramref name="index"/>.</summary>
    public void SetEntity(int index, EntityTag tag)
    {
        var t = _tokens[index];
        t.Entity = tag;
        _tokens[index] = t;
    }

    /// <summary>Adds an actor mention.</summary>
    public void AddMention(Mention mention) => _mentions.Add(mention ?? throw new ArgumentNullException(nameof(mention)));

    /// <summary>A copy of the mentions from index <paramref name="from"/> on, with room for <paramref name="extra"/>
    /// more: what an actor-stage pass revises and hands back through <see cref="ReplaceMentions"/>.</summary>
    internal List<Mention> MentionsFrom(int from, int extra = 0)
    {
        var copy = new List<Mention>(_mentions.Count - from + extra);
        for (int i = from; i < _mentions.Count; i++) copy.Add(_mentions[i]);
        return copy;
    }

    /// <summary>Replaces the mentions from index <paramref name="from"/> on with <paramref name="mentions"/>: the actor
    /// stage revises the mentions it added itself (people and coreference after phrase composition).</summary>
    internal void ReplaceMentions(int from, IEnumerable<Mention> mentions)
    {
        _mentions.RemoveRange(from, _mentions.Count - from);
        _mentions.AddRange(mentions);
    }

    /// <summary>Replaces the events from index <paramref name="from"/> on with <paramref name="events"/>: the coder's
    /// consolidation of one sentence's events (<see cref="Casus.Coding.EventConsolidation"/>).</summary>
    internal void ReplaceEvents(int from, IEnumerable<Event> events)
    {
        _events.RemoveRange(from, _events.Count - from);
        _events.AddRange(events);
    }

    /// <summary>Replaces event <paramref name="index"/>: the coder's consolidation taking a self-target off an event.</summary>
    internal void ReplaceEvent(int index, Event replacement) => _events[index] = replacement;

    /// <summary>Adds a coded event.</summary>
    public void AddEvent(Event codedEvent) => _events.Add(codedEvent ?? throw new ArgumentNullException(nameof(codedEvent)));

    /// <summary>
    /// Replaces event <paramref name="index"/> with a completed copy: the stages after the coder (event dates, event
    /// places) fill in an event's <c>When</c> and <c>Location</c> with <c>with { ... }</c>; they do not recode it.
    /// </summary>
    public void CompleteEvent(int index, Event completed)
    {
        ArgumentNullException.ThrowIfNull(completed);
        var old = _events[index];
        if (completed.Sentence != old.Sentence || completed.Trigger != old.Trigger || completed.Code != old.Code)
            throw new ArgumentException("a completed event must keep its sentence, trigger and code", nameof(completed));
        _events[index] = completed;
    }

    /// <summary>Records a problem found while processing this article.</summary>
    public void AddDiagnostic(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>Marks annotation layers as filled; called by the pipeline after each stage.</summary>
    public void MarkFilled(Annotations layers) => Filled |= layers;
}
