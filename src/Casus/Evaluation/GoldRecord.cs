namespace Casus.Evaluation;

/// <summary>One gold record: a passage and every event a careful coder would record in it
/// (an empty list means the passage holds no codable event). See docs of the gold format in spec/eval.md.</summary>
/// <param name="Id">Record id.</param>
/// <param name="Text">The passage to code.</param>
/// <param name="Date">Reference (publication) date, if given.</param>
/// <param name="Events">Gold events; compound actors are kept as written and expanded when scoring.</param>
/// <param name="Source">File (or stream name) the record came from.</param>
/// <param name="Line">1-based line number in <paramref name="Source"/>.</param>
/// <param name="Warnings">Problems that did not cost the record, e.g. a date that could not be read (read as none).</param>
public sealed record GoldRecord(string Id, string Text, DateOnly? Date, IReadOnlyList<GoldEvent> Events, string Source, int Line,
    IReadOnlyList<GoldError>? Warnings = null);

/// <summary>Why a gold line was rejected.</summary>
/// <param name="Source">File (or stream name).</param>
/// <param name="Line">1-based line number; 0 when the file itself could not be read.</param>
/// <param name="Field">The field at fault, e.g. "events[1].code"; null when the line as a whole is bad.</param>
/// <param name="Reason">What is wrong, in words a user can act on.</param>
public sealed record GoldError(string Source, int Line, string? Field, string Reason)
{
    /// <summary>"file:line: field: reason".</summary>
    public override string ToString() =>
        Field is null ? $"{Source}:{Line}: {Reason}" : $"{Source}:{Line}: {Field}: {Reason}";
}

/// <summary>One line of a gold file: a record, or the error that rejected it.</summary>
public readonly record struct GoldItem(GoldRecord? Record, GoldError? Error);

/// <summary>Turning gold records into articles to code.</summary>
public static class GoldRecordExtensions
{
    /// <summary>A fresh article for the record's text: id = record id, publication date = record date.</summary>
    public static Document.Article ToArticle(this GoldRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new Document.Article(record.Id, record.Text, new Document.ArticleMetadata(Published: record.Date));
    }
}
