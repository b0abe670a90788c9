using System.Globalization;
using System.Text;
using Casus.Document;

namespace Casus.Output;

/// <summary>
/// Writes each event with the reasons for it, for people checking the coder: the sentence with the source, trigger
/// and target marked (<c>[S: …]</c>, <c>[V: …]</c>, <c>[T: …]</c>), the token and character spans, the dictionary
/// entries behind the actors and the verb, the rule that fired and its notes; then the article's Info diagnostics
/// (events the coder dropped, and why).
/// </summary>
public sealed class ExplainEventWriter : IEventWriter
{
    private readonly TextWriter _out;
    private readonly ICameoNames? _names;
    private readonly StringBuilder _text = new(512);

    /// <summary>Creates a writer to <paramref name="output"/>; <paramref name="names"/> names the CAMEO codes.</summary>
    public ExplainEventWriter(TextWriter output, ICameoNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _out = output;
        _names = names;
    }

    /// <inheritdoc/>
    public void Write(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        for (int i = 0; i < article.Events.Count; i++)
        {
            _text.Clear();
            Explain(article, article.Events[i], i, _text, _names);
            _out.Write(_text.ToString());
        }
        // The coder's Info diagnostics say which events it dropped and why (EventConsolidation): a checker looking for
        // a missing event needs them as much as the reasons for the events kept.
        foreach (var d in article.Diagnostics)
            if (d.Severity == Severity.Info) _out.Write($"-- {article.Id}  {d}\n");
    }

    /// <inheritdoc/>
    public void Flush() => _out.Flush();

    /// <summary>Appends the explanation of one event (several lines, ending with a blank line).</summary>
    public static void Explain(Article article, Event e, int index, StringBuilder into, ICameoNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(into);
        var inv = CultureInfo.InvariantCulture;
        var date = EventText.Date(article, e)?.ToString("yyyy-MM-dd", inv) ?? "no date";
        into.Append(inv, $"== {article.Id}  event {index + 1}  sentence {e.Sentence}  {date}\n");
        into.Append("   ").Append(Marked(article, e)).Append('\n');
        var name = names?.NameOf(e.Code);
        into.Append(inv, $"   event    {e.Code.Digits}{(name is null ? "" : " " + name)}  root {EventText.Root(e)}  quad {(int)e.QuadClass}  goldstein {e.Goldstein.ToString("0.0", inv)}");
        into.Append(inv, $"  plover {e.Plover?.ToString() ?? "-"}");
        if (!string.IsNullOrEmpty(e.PloverMode)) into.Append(" mode ").Append(e.PloverMode);
        if (!string.IsNullOrEmpty(e.PloverContext)) into.Append(" context ").Append(e.PloverContext);
        into.Append('\n');
        Actor(article, "source", e.Source, e.Evidence.SourceEntries, into);
        if (e.Target is { } target) Actor(article, "target", target, e.Evidence.TargetEntries, into);
        else into.Append("   target   none named\n");
        into.Append("   trigger  ").Append(Span(article, e.Trigger)).Append('\n');
        into.Append("   rule     ").Append(e.Evidence.Rule).Append('\n');
        into.Append("   verb     ").Append(e.Evidence.VerbEntry).Append('\n');
        if (e.When is { } when)
            into.Append(inv, $"   date     {when.Date:yyyy-MM-dd} {when.PrecisionName} from {when.SourceName}{(when.Expression is null ? "" : $" \"{when.Expression}\"")}\n");
        if (e.Location is { } location)
        {
            into.Append(inv, $"   location {location.Name} ({location.Country ?? "?"}");
            if (location.Latitude is { } lat && location.Longitude is { } lon) into.Append(inv, $" {lat:0.####},{lon:0.####}");
            into.Append(inv, $") {(location.Precision switch { LocationPrecision.Country => "country", LocationPrecision.Region => "region", _ => "place" })}");
            if (location.Source is { } where) into.Append(" from ").Append(where);
            into.Append('\n');
        }
        foreach (var note in e.Evidence.Notes ?? []) into.Append("   note     ").Append(note).Append('\n');
        into.Append('\n');
    }

    private static void Actor(Article article, string role, Mention mention, IReadOnlyList<string>? entries, StringBuilder into)
    {
        into.Append("   ").Append(role).Append("   ").Append(mention.Code.Value).Append("  \"").Append(mention.Text).Append("\"  ")
            .Append(Span(article, mention.Tokens, withText: false)).Append('\n');
        // The event's evidence lists the entries the coder used; the mention's own evidence is the fallback.
        var list = entries is { Count: > 0 } ? entries : mention.Evidence;
        foreach (var entry in list ?? []) into.Append("            ").Append(entry).Append('\n');
    }

    private static string Span(Article article, TokenSpan span, bool withText = true)
    {
        var range = EventText.CharRange(article, span);
        if (range is not { } r) return $"tokens {span.First}..{span.End} (outside the article)";
        var text = withText ? $"\"{article.Text[r.Start..r.End]}\" " : "";
        return string.Create(CultureInfo.InvariantCulture, $"{text}tokens {span.First}..{span.End} chars {r.Start}..{r.End}");
    }

    /// <summary>The sentence with source, trigger and target marked; marks that would cross each other are dropped
    /// (the spans are still listed below it).</summary>
    public static string Marked(Article article, Event e)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(e);
        if ((uint)e.Sentence >= (uint)article.Sentences.Count) return "(sentence not found)";
        var sentence = article.Sentences[e.Sentence];
        var marks = new List<(int Start, int End, string Label)>(3);
        Add(EventText.CharRange(article, e.Source.Tokens), "S");
        Add(EventText.CharRange(article, e.Trigger), "V");
        if (e.Target is { } t) Add(EventText.CharRange(article, t.Tokens), "T");
        marks.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));

        var kept = new List<(int Start, int End, string Label)>(marks.Count);
        foreach (var m in marks)
        {
            // Keep disjoint marks only; nested or crossing ones would make the text unreadable.
            if (kept.Count > 0 && m.Start < kept[^1].End) continue;
            kept.Add(m);
        }
        var sb = new StringBuilder(sentence.End - sentence.Start + 16);
        int at = sentence.Start;
        foreach (var m in kept)
        {
            sb.Append(article.Text, at, m.Start - at).Append('[').Append(m.Label).Append(": ").Append(article.Text, m.Start, m.End - m.Start).Append(']');
            at = m.End;
        }
        sb.Append(article.Text, at, sentence.End - at);
        return sb.Replace('\n', ' ').ToString();

        void Add((int Start, int End)? range, string label)
        {
            if (range is { } r && r.Start >= sentence.Start && r.End <= sentence.End) marks.Add((r.Start, r.End, label));
        }
    }
}
