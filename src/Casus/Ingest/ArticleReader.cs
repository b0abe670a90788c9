using System.IO.Compression;
using System.Text;
using Casus.Document;
using Casus.Extraction;

namespace Casus.Ingest;

/// <summary>
/// Reads articles from files, folders and standard input: HTML pages (plain or gzipped), plain text and JSON Lines.
/// Never throws on bad input: each rejected file or record becomes an <see cref="IngestItem"/> with an
/// <see cref="InputError"/> and reading carries on with the rest. Results stream lazily, so large JSON Lines files
/// are never held whole in memory.
/// </summary>
public sealed class ArticleReader
{
    /// <summary>The path that means standard input.</summary>
    public const string StdinPath = "-";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ArticleReaderOptions _options;

    /// <summary>Creates a reader; <paramref name="options"/> defaults to the shipped extractor and boilerplate patterns.</summary>
    public ArticleReader(ArticleReaderOptions? options = null) => _options = options ?? new ArticleReaderOptions();

    /// <summary>
    /// Reads every path in order: a file, a folder (recursively, files sorted by ordinal path; HTML, text and
    /// JSON Lines files only) or <c>-</c> for <paramref name="stdin"/> (sniffed as HTML, JSON Lines or text).
    /// </summary>
    public IEnumerable<IngestItem> Read(IEnumerable<string> paths, TextReader? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (string.IsNullOrEmpty(path))
            {
                yield return IngestItem.Rejected("(empty path)", null, "empty path");
            }
            else if (path == StdinPath)
            {
                foreach (var item in ReadStdin(stdin ?? Console.In)) yield return item;
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in InputFiles.ListFolder(path))
                    foreach (var item in ReadFile(file)) yield return item;
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path)) yield return item;
            }
            else
            {
                yield return IngestItem.Rejected(path, null, "file not found");
            }
        }
    }

    /// <summary>Reads one file, choosing the format from its name (sniffing the content where the name does not say).</summary>
    public IEnumerable<IngestItem> ReadFile(string path)
    {
        var kind = InputFiles.KindFromName(path);
        if (kind == InputKind.JsonLines) return ReadJsonLinesFile(path);
        return [ReadWholeFile(path, kind)];
    }

    /// <summary>Turns a string (a whole input) into articles, sniffing the format when <paramref name="kind"/> is unknown.</summary>
    internal IEnumerable<IngestItem> ReadString(string source, string content, InputKind kind)
    {
        if (kind == InputKind.Unknown) kind = InputFiles.Sniff(content);
        if (kind == InputKind.JsonLines) return ReadJsonLines(source, new StringReader(content));
        return [FromText(source, content, kind)];
    }

    private IEnumerable<IngestItem> ReadStdin(TextReader stdin)
    {
        string content;
        string? failure = null;
        try
        {
            content = stdin.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or DecoderFallbackException or OutOfMemoryException)
        {
            content = "";
            failure = "unreadable: " + e.Message;
        }
        if (failure != null) return [IngestItem.Rejected(StdinPath, null, failure)];
        if (content.Contains('\0')) return [IngestItem.Rejected(StdinPath, null, "binary input (NUL bytes)")];
        return ReadString(StdinPath, content, InputKind.Unknown);
    }

    private IngestItem ReadWholeFile(string path, InputKind kind)
    {
        var loaded = InputFiles.LoadText(path, _options.MaxFileBytes);
        if (loaded.Error != null) return IngestItem.Rejected(path, null, loaded.Error);
        var content = loaded.Text!;
        if (kind == InputKind.Unknown) kind = InputFiles.Sniff(content);
        if (kind == InputKind.JsonLines)
            return IngestItem.Rejected(path, null, "JSON Lines content in a file not named .jsonl; rename it to .jsonl");
        return FromText(path, content, kind);
    }

    private IngestItem FromText(string source, string content, InputKind kind)
    {
        if (kind == InputKind.Html)
        {
            var page = _options.Extractor.Extract(content);
            if (string.IsNullOrWhiteSpace(page.Body))
                return IngestItem.Rejected(source, null, "empty article: no body text after extraction");
            var meta = new ArticleMetadata(page.Title, page.Published, page.Authors, page.Site, page.Url, source);
            return IngestItem.Ok(new Article(source, page.Body, meta, page.Captions));
        }
        var body = _options.Boilerplate.Clean(content);
        if (body.Length == 0) return IngestItem.Rejected(source, null, "empty article: no body text");
        return IngestItem.Ok(new Article(source, body, new ArticleMetadata(Path: source)));
    }

    private IEnumerable<IngestItem> ReadJsonLinesFile(string path)
    {
        Stream? stream = null;
        string? failure = null;
        try
        {
            stream = InputFiles.OpenMaybeGzip(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            failure = "unreadable: " + e.Message;
        }
        if (stream == null)
        {
            yield return IngestItem.Rejected(path, null, failure ?? "unreadable");
            yield break;
        }
        using (stream)
        using (var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true))
        {
            foreach (var item in ReadJsonLines(path, reader)) yield return item;
        }
    }

    private IEnumerable<IngestItem> ReadJsonLines(string source, TextReader reader)
    {
        var parser = new JsonLinesArticleParser(_options.Boilerplate, _options.MaxLineChars);
        var lineNumber = 0;
        while (true)
        {
            string? line;
            string? failure = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception e) when (e is IOException or DecoderFallbackException or InvalidDataException)
            {
                line = null;
                failure = e is DecoderFallbackException ? "invalid UTF-8 (binary data?); rest of file skipped" : "unreadable: " + e.Message + "; rest of file skipped";
            }
            if (failure != null)
            {
                yield return IngestItem.Rejected(source, lineNumber + 1, failure);
                yield break;
            }
            if (line == null) yield break;
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return parser.Parse(source, lineNumber, line);
        }
    }
}
