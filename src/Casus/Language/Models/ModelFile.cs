using System.IO.Compression;
using System.Text;

namespace Casus.Language.Models;

/// <summary>
/// The container every trained Casus model is stored in. Layout: the 8 magic bytes <c>CASUSMDL</c>, a format
/// version (int32, little-endian), the component name (length-prefixed UTF-8), then the component's payload,
/// gzip-compressed. The payload is written through <see cref="ModelWriter"/>: the same data always gives the same bytes.
/// </summary>
public static class ModelFile
{
    /// <summary>The magic bytes that open every model file.</summary>
    public static ReadOnlySpan<byte> Magic => "CASUSMDL"u8;

    /// <summary>The container version this code writes and reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes a model: header, then the payload produced by <paramref name="writePayload"/>, compressed.</summary>
    public static void Write(Stream stream, string component, Action<ModelWriter> writePayload)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(writePayload);
        stream.Write(Magic);
        using (var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            header.Write(FormatVersion);
            header.Write(component);
        }
        // GZipStream writes no timestamp or file name, so equal payloads compress to equal bytes.
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new ModelWriter(gz);
        writePayload(writer);
    }

    /// <summary>Writes a model to a byte array.</summary>
    public static byte[] ToBytes(string component, Action<ModelWriter> writePayload)
    {
        using var ms = new MemoryStream();
        Write(ms, component, writePayload);
        return ms.ToArray();
    }

    /// <summary>Reads a model's header and, when it is a model of <paramref name="component"/>, its payload.
    /// Never throws on bad input: a wrong magic, version, component or a truncated payload comes back as a failure with a reason.</summary>
    public static ModelLoadResult<T> Read<T>(Stream stream, string component, Func<ModelReader, T> readPayload) where T : class
    {
        try
        {
            Span<byte> magic = stackalloc byte[8];
            if (stream.ReadAtLeast(magic, 8, throwOnEndOfStream: false) != 8 || !magic.SequenceEqual(Magic))
                return ModelLoadResult<T>.Fail("not a Casus model (bad magic bytes)");
            using var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            int version = header.ReadInt32();
            if (version != FormatVersion)
                return ModelLoadResult<T>.Fail($"model format version {version} is not supported (expected {FormatVersion})");
            string name = header.ReadString();
            if (name != component)
                return ModelLoadResult<T>.Fail($"the model is a '{name}' model, not a '{component}' model");
            // The whole payload is decompressed first and parsed from memory (see ModelReader).
            using var payload = new MemoryStream(stream.CanSeek ? (int)Math.Clamp(2 * (stream.Length - stream.Position), 0, 1 << 28) : 0);
            using (var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true)) gz.CopyTo(payload);
            using var reader = new ModelReader(payload.GetBuffer(), (int)payload.Length);
            return ModelLoadResult<T>.Ok(readPayload(reader));
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or FormatException or OverflowException or ArgumentException)
        {
            return ModelLoadResult<T>.Fail($"the '{component}' model is damaged: {e.Message}");
        }
    }

    /// <summary>Opens a model shipped inside Casus.dll (resource <c>models/NAME.bin</c>), or null when it is not there.</summary>
    public static Stream? OpenEmbedded(string resourceName) =>
        typeof(ModelFile).Assembly.GetManifestResourceStream(resourceName);

    /// <summary>Loads a shipped model; throws <see cref="InvalidOperationException"/> when it is missing or damaged,
    /// because a build without its models is a packaging bug, not bad input.</summary>
    public static T LoadEmbedded<T>(string resourceName, string component, Func<ModelReader, T> readPayload) where T : class
    {
        using var s = OpenEmbedded(resourceName)
            ?? throw new InvalidOperationException($"the model resource '{resourceName}' is not embedded in Casus.dll; run 'casus train' and rebuild");
        var r = Read(s, component, readPayload);
        return r.Value ?? throw new InvalidOperationException($"{resourceName}: {r.Error}");
    }
}

/// <summary>The outcome of reading a model: the model, or the reason it could not be read.</summary>
public readonly record struct ModelLoadResult<T>(T? Value, string? Error) where T : class
{
    /// <summary>True when the model was read.</summary>
    public bool Success => Value is not null;
    internal static ModelLoadResult<T> Ok(T value) => new(value, null);
    internal static ModelLoadResult<T> Fail(string error) => new(null, error);
}
