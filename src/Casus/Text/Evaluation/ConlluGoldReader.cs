using System.Text;

namespace Casus.Text.Evaluation;

/// <summary>
/// Rebuilds raw documents from CoNLL-U for measuring segmentation: the text of each sentence comes from <c># text =</c>,
/// documents from <c># newdoc</c>, paragraphs from <c># newpar</c>. A sentence whose words cannot be found in its text,
/// or a malformed line, is reported (file:line) and left out; reading goes on.
/// </summary>
public sealed class ConlluGoldReader
{
    private readonly List<string> _errors = new();

    /// <summary>Problems met so far, each naming file and line.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Sentences left out because of those problems.</summary>
    public int SkippedSentences { get; private set; }

    /// <summary>Reads every document of <paramref name="reader"/>; <paramref name="name"/> is used in messages.</summary>
    public IEnumerable<GoldDocument> Read(TextReader reader, string name)
    {
        var doc = new DocBuilder();
        var sentence = new SentenceBuilder();
        int lineNo = 0, docNo = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNo++;
            if (line.Length == 0)
            {
                FinishSentence(doc, sentence, name);
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    FinishSentence(doc, sentence, name);
                    if (doc.HasContent) yield return doc.Build();
                    docNo++;
                    int eq = line.IndexOf('=');
                    doc = new DocBuilder { Id = eq > 0 ? line[(eq + 1)..].Trim() : $"doc{docNo}" };
                }
                else if (line.StartsWith("# newpar", StringComparison.Ordinal) && !line.StartsWith("# newpar_", StringComparison.Ordinal)) doc.NewParagraph = true;
                else if (line.StartsWith("# text = ", StringComparison.Ordinal)) sentence.Text = line[9..];
                if (sentence.Line == 0) sentence.Line = lineNo;
                continue;
            }
            if (sentence.Line == 0) sentence.Line = lineNo;
            int tab1 = line.IndexOf('\t');
            int tab2 = tab1 < 0 ? -1 : line.IndexOf('\t', tab1 + 1);
            if (tab2 < 0) { sentence.Error ??= $"{name}:{lineNo}: expected tab-separated ID and FORM columns"; continue; }
            var id = line.AsSpan(0, tab1);
            var form = line[(tab1 + 1)..tab2];
            if (id.Contains('.')) continue; // empty nodes have no surface
            int dash = id.IndexOf('-');
            if (dash > 0)
            {
                if (!int.TryParse(id[..dash], out int a) || !int.TryParse(id[(dash + 1)..], out int b) || b < a)
                { sentence.Error ??= $"{name}:{lineNo}: ID '{id}' is not a valid range"; continue; }
                sentence.Units.Add(new Unit(form, b - a + 1));
            }
            else if (sentence.PendingParts > 0) { sentence.Units[^1].Parts.Add(form); sentence.PendingParts--; continue; }
            else sentence.Units.Add(new Unit(form, 0));
            if (dash > 0) sentence.PendingParts = sentence.Units[^1].Expected;
        }
        FinishSentence(doc, sentence, name);
        if (doc.HasContent) yield return doc.Build();
    }

    private void FinishSentence(DocBuilder doc, SentenceBuilder s, string name)
    {
        if (s.Units.Count == 0 && s.Error == null) { s.Reset(keepText: false); return; }
        if (s.Error == null && s.Text == null) s.Error = $"{name}:{s.Line}: sentence has no '# text =' line";
        int offset = 0;
        var words = new List<CharSpan>();
        var surface = new List<CharSpan>();
        if (s.Error == null)
        {
            var text = s.Text!;
            foreach (var u in s.Units)
            {
                while (offset < text.Length && char.IsWhiteSpace(text[offset])) offset++;
                if (string.CompareOrdinal(text, offset, u.Form, 0, u.Form.Length) != 0)
                {
                    s.Error = $"{name}:{s.Line}: token '{u.Form}' not found at offset {offset} of the sentence text";
                    break;
                }
                surface.Add(new CharSpan(offset, offset + u.Form.Length));
                if (u.Expected == 0) words.Add(new CharSpan(offset, offset + u.Form.Length));
                else CutParts(u, offset, words);
                offset += u.Form.Length;
            }
        }
        if (s.Error != null)
        {
            _errors.Add(s.Error);
            SkippedSentences++;
        }
        else doc.Add(s.Text!.TrimEnd(), words, surface);
        s.Reset(keepText: false);
    }

    /// <summary>Spans of a multi-word token's parts: consecutive slices of the surface form, the last one taking the rest,
    /// so "don't" gives "do" + "n't" and "cannot" gives "can" + "not".</summary>
    private static void CutParts(Unit u, int offset, List<CharSpan> words)
    {
        int pos = offset, end = offset + u.Form.Length;
        for (int i = 0; i < u.Parts.Count; i++)
        {
            int len = i == u.Parts.Count - 1 ? end - pos : Math.Min(u.Parts[i].Length, end - pos);
            words.Add(new CharSpan(pos, pos + len));
            pos += len;
        }
    }

    private sealed class Unit(string form, int expected)
    {
        public string Form { get; } = form;
        public int Expected { get; } = expected;
        public List<string> Parts { get; } = new();
    }

    private sealed class SentenceBuilder
    {
        public string? Text;
        public string? Error;
        public int Line;
        public int PendingParts;
        public List<Unit> Units { get; } = new();

        public void Reset(bool keepText)
        {
            if (!keepText) Text = null;
            Error = null;
            Line = 0;
            PendingParts = 0;
            Units.Clear();
        }
    }

    private sealed class DocBuilder
    {
        private readonly StringBuilder _text = new();
        private readonly List<CharSpan> _words = new(), _surface = new(), _sentences = new();
        public string Id = "doc0";
        public bool NewParagraph;
        public bool HasContent => _sentences.Count > 0;

        public void Add(string sentence, List<CharSpan> words, List<CharSpan> surface)
        {
            if (_text.Length > 0) _text.Append(NewParagraph ? "\n\n" : " ");
            NewParagraph = false;
            int b = _text.Length;
            _text.Append(sentence);
            foreach (var w in words) _words.Add(new CharSpan(w.Start + b, w.End + b));
            foreach (var w in surface) _surface.Add(new CharSpan(w.Start + b, w.End + b));
            _sentences.Add(new CharSpan(words[0].Start + b, words[^1].End + b));
        }

        public GoldDocument Build() => new(Id, _text.ToString(), _words.ToArray(), _surface.ToArray(), _sentences.ToArray());
    }
}
