using System.Buffers;
using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Coding.Clauses;

/// <summary>
/// The dependency tree of one article as the coder reads it: each token's children in text order (first-child /
/// next-sibling lists) and which actor mention a token heads. Built once per article from the parser's heads and
/// relations, after the repairs of <see cref="ParseRepairs"/> (a past tense the tagger took for a participle or an
/// adjective, an infinitive the tagger took for a noun); the buffers come from the array pool and go back on
/// <see cref="Dispose"/>.
/// </summary>
internal sealed class ParseTree : IDisposable
{
    private readonly Article _article;
    private readonly string _text;
    private readonly List<TokenData> _tokens;
    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;
    private readonly int[] _mentionAtHead;   // mention whose phrase this token heads (leaves the mention's span), else -1
    private readonly int[] _mentionCovering; // mention whose span holds this token, else -1
    // The parse as the coder reads it: the parser's heads, relations and tags, then repaired (ParseRepairs).
    private readonly int[] _head;
    private readonly string?[] _relation;
    private readonly Upos[] _upos;
    private readonly string?[] _xpos;

    public ParseTree(Article article, VerbDictionary? verbs = null)
    {
        _article = article;
        _text = article.Text;
        _tokens = article.TokenData;
        int n = _tokens.Count;
        _head = ArrayPool<int>.Shared.Rent(n);
        _relation = ArrayPool<string?>.Shared.Rent(n);
        _upos = ArrayPool<Upos>.Shared.Rent(n);
        _xpos = ArrayPool<string?>.Shared.Rent(n);
        for (int t = 0; t < n; t++)
        {
            var d = _tokens[t];
            (_head[t], _relation[t], _upos[t], _xpos[t]) = (d.Head, d.Relation, d.Upos, d.Xpos);
        }
        _firstChild = ArrayPool<int>.Shared.Rent(n);
        _nextSibling = ArrayPool<int>.Shared.Rent(n);
        _mentionAtHead = ArrayPool<int>.Shared.Rent(n);
        _mentionCovering = ArrayPool<int>.Shared.Rent(n);
        BuildChildren(n);
        if (verbs is not null)
        {
            // The repairs read the parser's child lists; a sentence they rewrote gets its lists anew.
            var repairs = new ParseRepairs(this, verbs);
            bool changed = false;
            foreach (var s in article.SentenceData) changed |= repairs.Repair(s.FirstToken, s.FirstToken + s.TokenCount);
            if (changed) BuildChildren(n);
        }
        Array.Fill(_mentionAtHead, -1, 0, n);
        Array.Fill(_mentionCovering, -1, 0, n);
        var mentions = article.Mentions;
        for (int m = 0; m < mentions.Count; m++)
        {
            var span = mentions[m].Tokens;
            for (int t = Math.Max(0, span.First); t < span.End && t < n; t++) _mentionCovering[t] = m;
        }
        for (int m = 0; m < mentions.Count; m++)
        {
            var span = mentions[m].Tokens;
            // Every token whose head lies outside the mention stands for it in the tree: with a clean parse that is
            // the phrase's head alone; a parse that splits the phrase ("Defence ←nsubj:pass" and "Secretary ←nsubj")
            // still finds the actor from either piece.
            for (int t = Math.Max(0, span.First); t < span.End && t < n; t++)
            {
                int h = _head[t];
                if (h < 0 || !span.Contains(h)) _mentionAtHead[t] = m;
            }
        }
    }

    private void BuildChildren(int n)
    {
        Array.Fill(_firstChild, -1, 0, n);
        Array.Fill(_nextSibling, -1, 0, n);
        // Walking backwards and pushing to the front leaves every child list in text order.
        for (int t = n - 1; t >= 0; t--)
        {
            int h = _head[t];
            if (h < 0 || h >= n || h == t) continue;
            _nextSibling[t] = _firstChild[h];
            _firstChild[h] = t;
        }
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_firstChild);
        ArrayPool<int>.Shared.Return(_nextSibling);
        ArrayPool<int>.Shared.Return(_mentionAtHead);
        ArrayPool<int>.Shared.Return(_mentionCovering);
        ArrayPool<int>.Shared.Return(_head);
        ArrayPool<string?>.Shared.Return(_relation, clearArray: true);
        ArrayPool<Upos>.Shared.Return(_upos);
        ArrayPool<string?>.Shared.Return(_xpos, clearArray: true);
    }

    public Article Article => _article;
    public IReadOnlyList<Mention> Mentions => _article.Mentions;

    /// <summary>True when the sentence carries a parse (some token has a relation).</summary>
    public bool HasParse(int firstToken, int end)
    {
        for (int t = firstToken; t < end; t++) if (_relation[t] is not null) return true;
        return false;
    }

    public int Head(int t) => _head[t];
    public string Relation(int t) => _relation[t] ?? "";
    /// <summary>Number of tokens of the article.</summary>
    public int Count => _tokens.Count;

    public Upos Upos(int t) => _upos[t];
    public string? Xpos(int t) => _xpos[t];

    /// <summary>Rewrites one token's head, relation and tags (<see cref="ParseRepairs"/>; only before the child lists are built).</summary>
    internal void Set(int t, int head, string relation, Upos upos, string? xpos)
    {
        (_head[t], _relation[t], _upos[t], _xpos[t]) = (head, relation, upos, xpos);
    }

    /// <summary>Rewrites one token's head and relation (<see cref="ParseRepairs"/>).</summary>
    internal void Set(int t, int head, string relation) => (_head[t], _relation[t]) = (head, relation);
    public string? Lemma(int t) => _tokens[t].Lemma;
    public int FirstChild(int t) => _firstChild[t];
    public int NextSibling(int t) => _nextSibling[t];
    public int MentionAtHead(int t) => _mentionAtHead[t];
    public int MentionCovering(int t) => _mentionCovering[t];

    public ReadOnlySpan<char> Word(int t)
    {
        var d = _tokens[t];
        return _text.AsSpan(d.Start, d.End - d.Start);
    }

    public bool IsWord(int t, string s) => Word(t).Equals(s, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the relation of <paramref name="t"/> is <paramref name="rel"/> or a subtype of it
    /// ("nsubj" matches "nsubj:pass" only when <paramref name="exact"/> is false).</summary>
    public bool Is(int t, string rel, bool exact = false)
    {
        var r = _relation[t];
        if (r is null) return false;
        if (r.Length == rel.Length) return string.Equals(r, rel, StringComparison.Ordinal);
        return !exact && r.Length > rel.Length && r[rel.Length] == ':' && r.StartsWith(rel, StringComparison.Ordinal);
    }

    /// <summary>The first child of <paramref name="t"/> with relation <paramref name="rel"/> (exactly), else -1.</summary>
    public int Child(int t, string rel)
    {
        for (int c = _firstChild[t]; c >= 0; c = _nextSibling[c])
            if (string.Equals(_relation[c], rel, StringComparison.Ordinal)) return c;
        return -1;
    }

    /// <summary>True when <paramref name="t"/> has a child with relation <paramref name="rel"/> (or a subtype) spelled <paramref name="word"/>.</summary>
    public bool HasChildWord(int t, string rel, string word)
    {
        for (int c = _firstChild[t]; c >= 0; c = _nextSibling[c])
            if (Is(c, rel) && IsWord(c, word)) return true;
        return false;
    }

    /// <summary>The preposition of a nominal dependent: its first case child, else -1.</summary>
    public int CaseOf(int t)
    {
        int k = Child(t, "case");
        if (k >= 0) return k;
        // A noisy parse hangs the preposition on a left modifier ("to [18 ←case] Rwandan rebels"): look one level down.
        for (int c = _firstChild[t]; c >= 0 && c < t; c = _nextSibling[c])
            if ((k = Child(c, "case")) >= 0 && k < c) return k;
        return -1;
    }

    /// <summary>The subordinating word or infinitive 'to' of a clause, else -1.</summary>
    public int MarkOf(int t) => Child(t, "mark");

    /// <summary>The last token of the subtree of <paramref name="t"/>.</summary>
    public int LastOfSubtree(int t)
    {
        int last = t;
        for (int c = FirstChild(t); c >= 0; c = NextSibling(c))
            if (c > t) last = Math.Max(last, LastOfSubtree(c));
        return last;
    }

    /// <summary>True when <paramref name="ancestor"/> is <paramref name="t"/> or above it in the tree.</summary>
    public bool Dominates(int ancestor, int t)
    {
        for (int k = 0; t >= 0 && k < 64; k++, t = _head[t]) if (t == ancestor) return true;
        return false;
    }
}
