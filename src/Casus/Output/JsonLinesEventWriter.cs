using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Casus.Document;

namespace Casus.Output;

/// <summary>Writes events as JSON Lines, one object per event (<see cref="EventJson"/>), to a <see cref="TextWriter"/>.
/// One UTF-8 buffer and one JSON writer are reused for every event. Not thread-safe.</summary>
public sealed class JsonLinesEventWriter : IEventWriter
{
    // Relaxed escaping keeps non-ASCII names readable; the output is JSON Lines, never embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TextWriter _out;
    private readonly ICameoNames? _names;
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;
    private char[] _chars = new char[1024];

    /// <summary>Creates a writer to <paramref name="output"/>; <paramref name="names"/> fills cameo_name.</summary>
    public JsonLinesEventWriter(TextWriter output, ICameoNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _out = output;
        _names = names;
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    /// <inheritdoc/>
    public void Write(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        foreach (var e in article.Events)
        {
            _buffer.ResetWrittenCount();
            _json.Reset(_buffer);
            EventJson.Write(_json, article, e, _names);
            _json.Flush();
            var bytes = _buffer.WrittenSpan;
            int needed = Encoding.UTF8.GetMaxCharCount(bytes.Length);
            if (_chars.Length < needed) _chars = new char[Math.Max(needed, _chars.Length * 2)];
            int count = Encoding.UTF8.GetChars(bytes, _chars);
            _out.Write(_chars, 0, count);
            _out.Write('\n');
        }
    }

    /// <inheritdoc/>
    public void Flush() => _out.Flush();
}
