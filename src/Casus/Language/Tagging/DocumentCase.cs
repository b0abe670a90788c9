using Casus.Language.Models;

namespace Casus.Language.Tagging;

/// <summary>
/// Document-level capitalisation evidence for the tagger (<see cref="TaggerFeatureSet.Document"/>): for each word,
/// how the same word (compared lower-cased) is written at its *other* ordinary positions in the document — not the
/// first word of a sentence, not in a headline or all-capitals sentence. A word written in lower case elsewhere is
/// a common word capitalised here (a heading, a name's part); one always capitalised elsewhere is a name even where
/// this sentence cannot tell (first word, headline). The sentence alone does not settle NN↔NNP; the article does.
/// Add every sentence of a document first (<see cref="Add"/>), then ask for each sentence's codes (<see cref="Codes"/>).
/// A code's low 8 bits are the capitalisation evidence; bits 8 and up hold 1 + the class the tagger gave the word's
/// latest earlier occurrence in the document (<see cref="Remember"/>; 0: none), for models with
/// <see cref="TaggerFeatureSet.DocumentTags"/>.
/// Not thread-safe: one per document being tagged; <see cref="Clear"/> reuses it for the next document.
/// </summary>
public sealed class DocumentCase
{
    /// <summary>The code of a word in a model without document features.</summary>
    public const int None = 0;

    // Lower-cased form hash → (lower-case count, capitalised count) at ordinary positions.
    private readonly Dictionary<ulong, (int Lower, int Cap)> _counts = new();
    // Lower-cased form hash → the class the tagger gave its latest occurrence so far.
    private readonly Dictionary<ulong, int> _tags = new();
    // Sentences counted, those that begin in lower case, those in capitals; a lower-case "i" seen.
    private int _sentences, _lowerStarts, _capitalSentences;
    private bool _lowerI;

    /// <summary>The low bits of a code that hold the capitalisation evidence.</summary>
    public const int CaseMask = 0xFF;

    /// <summary>Forgets the document counted so far.</summary>
    public void Clear()
    {
        _counts.Clear();
        _tags.Clear();
        _sentences = _lowerStarts = _capitalSentences = 0;
        _lowerI = false;
    }

    /// <summary>How the document is written as a whole (style bits of the code; <see cref="UseStyle"/>): 0 ordinary, 1
    /// careless lower case (a third of its sentences begin in lower case, or "i" is written in lower case: web text,
    /// where a lower-case word may well be a name), 2 mostly capitals.</summary>
    public int Style => !UseStyle ? 0 : _capitalSentences * 2 > _sentences ? 2 : _lowerI || (_lowerStarts > 0 && _lowerStarts * 3 >= _sentences) ? 1 : 0;

    /// <summary>Whether codes carry the document's style (<see cref="Style"/>).</summary>
    public bool UseStyle { get; init; }

    /// <summary>Records the classes the tagger chose for a sentence, for the tag cache of the sentences after it.</summary>
    public void Remember(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<int> classes)
    {
        for (int i = 0; i < starts.Length; i++)
        {
            var word = text[starts[i]..ends[i]];
            if (Shape(word) != 0) _tags[FeatureHash.OfLower(word)] = classes[i];
        }
    }

    /// <summary>Counts the ordinary positions of one sentence of the document (word i is <c>text[starts[i]..ends[i]]</c>).</summary>
    public void Add(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        int first = FirstLetterWord(text, starts, ends);
        if (first < 0) return;
        _sentences++;
        if (char.IsLower(text[starts[first]])) _lowerStarts++;
        for (int i = 0; i < starts.Length && !_lowerI; i++) _lowerI = ends[i] - starts[i] == 1 && text[starts[i]] == 'i';
        int sentenceCase = TaggerFeatures.SentenceCase(text, starts, ends);
        if (sentenceCase == 2) _capitalSentences++;
        if (sentenceCase != 0) return;
        for (int i = 0; i < starts.Length; i++)
        {
            if (i == first) continue;
            var word = text[starts[i]..ends[i]];
            int shape = Shape(word);
            if (shape == 0) continue;
            ref var c = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, FeatureHash.OfLower(word), out _);
            if (shape == 1) c.Lower++;
            else c.Cap++;
        }
    }

    /// <summary>Writes each word's code (never <see cref="None"/>) for a sentence already added to the document.</summary>
    public void Codes(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> codes)
    {
        int sentenceCase = TaggerFeatures.SentenceCase(text, starts, ends);
        int first = FirstLetterWord(text, starts, ends);
        int style = Style * StyleStep;
        for (int i = 0; i < starts.Length; i++)
        {
            var word = text[starts[i]..ends[i]];
            int shape = Shape(word);
            int position = sentenceCase != 0 ? 2 : i == first ? 1 : 0;
            int lower = 0, cap = 0;
            if (shape != 0 && _counts.TryGetValue(FeatureHash.OfLower(word), out var c))
            {
                (lower, cap) = c;
                // The word's own occurrence is not evidence about itself.
                if (position == 0) { if (shape == 1) lower--; else cap--; }
            }
            codes[i] = Code(shape, position, lower, cap) + style;
            // Only earlier sentences' decisions: the cache is read before this sentence is tagged.
            if (shape != 0 && _tags.Count > 0 && _tags.TryGetValue(FeatureHash.OfLower(word), out int cls)) codes[i] |= (cls + 1) << 8;
        }
    }

    /// <summary>The codes of every word of a document given as gold-tokenised sentences (training and evaluation),
    /// capitalisation evidence only; with <paramref name="classes"/> (one array per sentence, e.g. a jackknifed first
    /// pass's predictions) the tag cache too, each sentence reading the classes of the sentences before it.</summary>
    public static int[][] OfDocument(IReadOnlyList<SentenceText> sentences, IReadOnlyList<int[]>? classes = null, bool style = false)
    {
        var doc = new DocumentCase { UseStyle = style };
        foreach (var st in sentences) doc.Add(st.Text, st.Starts, st.Ends);
        var codes = new int[sentences.Count][];
        for (int k = 0; k < sentences.Count; k++)
        {
            var st = sentences[k];
            codes[k] = new int[st.Count];
            doc.Codes(st.Text, st.Starts, st.Ends, codes[k]);
            if (classes != null) doc.Remember(st.Text, st.Starts, st.Ends, classes[k]);
        }
        return codes;
    }

    /// <summary>Codes for a sentence tagged without its document: the word's own shape and position, no other evidence.</summary>
    public static void SentenceOnly(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<int> codes, bool style = false)
    {
        int sentenceCase = TaggerFeatures.SentenceCase(text, starts, ends);
        int first = FirstLetterWord(text, starts, ends);
        int s = 0;
        if (style)
        {
            var one = new DocumentCase { UseStyle = true };
            one.Add(text, starts, ends);
            s = one.Style * StyleStep;
        }
        for (int i = 0; i < starts.Length; i++)
            codes[i] = Code(Shape(text[starts[i]..ends[i]]), sentenceCase != 0 ? 2 : i == first ? 1 : 0, 0, 0) + s;
    }

    // The style is added to the code in steps above the largest code (73), within the 8 case bits.
    private const int StyleStep = 80;

    // 1 + (position × 4 + shape) × 6 + evidence: position 0 ordinary, 1 sentence-first, 2 headline/capitals sentence;
    // shape 0 no leading letter, 1 lower, 2 Title, 3 CAPITALS; evidence elsewhere 0 none, 1 lower only, 2 capitalised
    // once only, 3 capitalised twice or more only, 4 both with lower the more, 5 both with capitals the more.
    private static byte Code(int shape, int position, int lower, int cap)
    {
        int evidence = lower == 0 ? (cap == 0 ? 0 : cap == 1 ? 2 : 3) : cap == 0 ? 1 : lower >= cap ? 4 : 5;
        return (byte)(1 + (position * 4 + shape) * 6 + evidence);
    }

    // 0: does not start with a letter; 1: lower case; 2: Title; 3: all capitals (two or more letters).
    private static int Shape(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsLetter(word[0])) return 0;
        if (!char.IsUpper(word[0])) return 1;
        int letters = 0;
        foreach (char ch in word)
        {
            if (char.IsLower(ch)) return 2;
            if (char.IsLetter(ch)) letters++;
        }
        return letters > 1 ? 3 : 2;
    }

    private static int FirstLetterWord(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        for (int i = 0; i < starts.Length; i++)
            if (ends[i] > starts[i] && char.IsLetter(text[starts[i]])) return i;
        return -1;
    }
}
