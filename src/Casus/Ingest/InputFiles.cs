using System.IO.Compression;
using System.Text;

namespace Casus.Ingest;

/// <summary>File-level helpers for ingest: which files a folder holds, what format a name or content suggests,
/// and reading a whole file safely (gzip, size limit, binary and UTF-8 checks) without throwing.</summary>
internal static class InputFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The input files under <paramref name="folder"/>, recursively, sorted by ordinal path so runs are repeatable.
    /// Files whose names say nothing readable (images, scripts, hidden files) are skipped.</summary>
    public static IEnumerable<string> ListFolder(string folder)
    {
        string[] files;
        try
        {
            files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            files = [];
        }
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var f in files)
        {
            var name = Path.GetFileName(f);
            if (name.StartsWith('.')) continue;
            if (KindFromName(f) != InputKind.Unknown || IsGenericGzip(name)) yield return f;
        }
    }

    /// <summary>The format a file name promises: .html/.htm (optionally .gz), .txt/.text, .jsonl/.ndjson (optionally .gz).</summary>
    public static InputKind KindFromName(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal)) name = name[..^3];
        return Path.GetExtension(name) switch
        {
            ".html" or ".htm" or ".xhtml" => InputKind.Html,
            ".txt" or ".text" => InputKind.Text,
            ".jsonl" or ".ndjson" => InputKind.JsonLines,
            _ => InputKind.Unknown,
        };
    }

    private static bool IsGenericGzip(string name) => name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>Guesses the format from the first characters: HTML markup, a JSON object per line, else text.</summary>
    public static InputKind Sniff(string content)
    {
        var span = content.AsSpan().TrimStart();
        if (span.Length > 0 && span[0] == '\uFEFF') span = span[1..].TrimStart();
        if (span.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) || span.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || span.StartsWith("<!--", StringComparison.Ordinal))
            return InputKind.Html;
        if (span.Length > 0 && span[0] == '{') return InputKind.JsonLines;
        var head = span.Length > 2048 ? span[..2048] : span;
        if (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase))
            return InputKind.Html;
        return InputKind.Text;
    }

    /// <summary>Opens a file, decompressing it when it starts with the gzip magic bytes.</summary>
    public static Stream OpenMaybeGzip(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> magic = stackalloc byte[2];
        var n = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = 0;
        if (n == 2 && magic[0] == 0x1f && magic[1] == 0x8b) return new GZipStream(stream, CompressionMode.Decompress);
        return stream;
    }

    /// <summary>Reads a whole file as strict UTF-8 text; Error says why not (missing, unreadable, too big, binary, bad UTF-8).</summary>
    public static (string? Text, string? Error) LoadText(string path, long maxBytes)
    {
        byte[] bytes;
        try
        {
            using var stream = OpenMaybeGzip(path);
            using var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes) return (null, $"too large (over {maxBytes} bytes)");
                buffer.Write(chunk, 0, read);
            }
            bytes = buffer.ToArray();
        }
        catch (FileNotFoundException) { return (null, "file not found"); }
        catch (DirectoryNotFoundException) { return (null, "file not found"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return (null, "unreadable: " + e.Message);
        }
        if (bytes.AsSpan().IndexOf((byte)0) >= 0) return (null, "binary file (NUL bytes)");
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        try
        {
            return (StrictUtf8.GetString(span), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "binary file or not UTF-8 (invalid UTF-8 bytes)");
        }
    }
}
