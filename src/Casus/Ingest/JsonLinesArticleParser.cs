using System.Text.Json;
using Casus.Document;
using Casus.Extraction;

namespace Casus.Ingest;

/// <summary>Turns one JSON Lines record (<c>id, url, title, date, text</c>; other fields ignored) into an article,
/// or into an error naming the line and the field at fault.</summary>
internal sealed class JsonLinesArticleParser(BoilerplateFilter boilerplate, int maxLineChars)
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64, AllowTrailingCommas = false };

    public IngestItem Parse(string source, int line, string json)
    {
        if (json.Length > maxLineChars) return IngestItem.Rejected(source, line, $"record too long ({json.Length} characters, limit {maxLineChars})");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, JsonOptions);
        }
        catch (JsonException e)
        {
            return IngestItem.Rejected(source, line, "invalid JSON: " + FirstSentence(e.Message));
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return IngestItem.Rejected(source, line, "record is not a JSON object");

            if (!root.TryGetProperty("text", out var textElement)) return IngestItem.Rejected(source, line, "missing field 'text'");
            if (textElement.ValueKind != JsonValueKind.String) return IngestItem.Rejected(source, line, $"field 'text' must be a string, not {Kind(textElement)}");

            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                switch (idElement.ValueKind)
                {
                    case JsonValueKind.String: id = idElement.GetString(); break;
                    case JsonValueKind.Number: id = idElement.GetRawText(); break;
                    case JsonValueKind.Null: break;
                    default: return IngestItem.Rejected(source, line, $"field 'id' must be a string or number, not {Kind(idElement)}");
                }
            }
            if (!TryOptionalString(root, "url", out var url, out var error)
                || !TryOptionalString(root, "title", out var title, out error)
                || !TryOptionalString(root, "date", out var dateText, out error))
                return IngestItem.Rejected(source, line, error!);

            DateOnly? published = null;
            if (!string.IsNullOrWhiteSpace(dateText))
            {
                if (!DateText.TryParseIso(dateText, out var date))
                    return IngestItem.Rejected(source, line, $"field 'date': \"{Shorten(dateText)}\" is not yyyy-mm-dd or an ISO date-time");
                published = date;
            }

            var body = boilerplate.Clean(textElement.GetString()!);
            if (body.Length == 0) return IngestItem.Rejected(source, line, "empty article: field 'text' has no body text");
            var articleId = string.IsNullOrEmpty(id) ? $"{source}:{line}" : id;
            var meta = new ArticleMetadata(NullIfBlank(title), published, null, null, NullIfBlank(url), source);
            return IngestItem.Ok(new Article(articleId, body, meta));
        }
    }

    private static bool TryOptionalString(JsonElement root, string name, out string? value, out string? error)
    {
        value = null;
        error = null;
        if (!root.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return true;
        if (e.ValueKind != JsonValueKind.String)
        {
            error = $"field '{name}' must be a string, not {Kind(e)}";
            return false;
        }
        value = e.GetString();
        return true;
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => e.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    // System.Text.Json messages append "Path: $ | LineNumber: 0 | BytePositionInLine: 7."; keep the position, which helps.
    private static string FirstSentence(string message) => message.Replace(" LineNumber: 0 |", "", StringComparison.Ordinal);
}
