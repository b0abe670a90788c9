using System.Globalization;
using System.Text;
using Casus.Document;

namespace Casus.Output;

/// <summary>Writes events as an aligned table for people. Columns have fixed widths (longer values are cut with
/// '…') so rows can stream without first reading the whole corpus; the sentence comes last, uncut.</summary>
public sealed class TableEventWriter : IEventWriter
{
    private static readonly (string Title, int Width)[] Columns =
    [
        ("ARTICLE", 18), ("SENT", 4), ("DATE", 10), ("SOURCE", 12), ("TARGET", 12), ("CAMEO", 5), ("PLOVER", 9),
        ("GSTEIN", 6), ("TRIGGER", 16), ("RULE", 20),
    ];

    private readonly TextWriter _out;
    private readonly StringBuilder _row = new(256);
    private bool _headerWritten;

    /// <summary>Creates a writer to <paramref name="output"/>.</summary>
    public TableEventWriter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _out = output;
    }

    /// <inheritdoc/>
    public void Write(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Events.Count == 0) return;
        if (!_headerWritten)
        {
            _row.Clear();
            foreach (var (title, width) in Columns) Cell(title, width);
            _row.Append("SENTENCE");
            _out.WriteLine(_row.ToString());
            _headerWritten = true;
        }
        foreach (var e in article.Events)
        {
            _row.Clear();
            int i = 0;
            Cell(article.Id, Columns[i++].Width);
            Cell(e.Sentence.ToString(CultureInfo.InvariantCulture), Columns[i++].Width);
            Cell(EventText.Date(article, e)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-", Columns[i++].Width);
            Cell(e.Source.Code.Value, Columns[i++].Width);
            Cell(e.Target?.Code.Value ?? "-", Columns[i++].Width);
            Cell(e.Code.Digits, Columns[i++].Width);
            Cell(e.Plover?.ToString() ?? "-", Columns[i++].Width);
            Cell(double.IsFinite(e.Goldstein) ? e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture) : "-", Columns[i++].Width);
            Cell(EventText.Text(article, e.Trigger) ?? "-", Columns[i++].Width);
            Cell(e.Evidence.Rule, Columns[i++].Width);
            _row.Append(OneLine(EventText.Sentence(article, e.Sentence) ?? ""));
            _out.WriteLine(_row.ToString());
        }
    }

    /// <inheritdoc/>
    public void Flush() => _out.Flush();

    private void Cell(string value, int width)
    {
        value = OneLine(value);
        if (value.Length > width) _row.Append(value, 0, width - 1).Append('…');
        else _row.Append(value).Append(' ', width - value.Length);
        _row.Append("  ");
    }

    // A newline inside a cell would break the table's rows.
    private static string OneLine(string value) =>
        value.AsSpan().IndexOfAny('\n', '\r', '\t') < 0 ? value : value.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
}
