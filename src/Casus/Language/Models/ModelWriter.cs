using System.Text;

namespace Casus.Language.Models;

/// <summary>Writes the payload of a model file: primitive values, strings and arrays, little-endian.
/// Sections are tagged with a name so a reader can check it reads what it expects.</summary>
public sealed class ModelWriter : IDisposable
{
    private readonly BinaryWriter _w;

    internal ModelWriter(Stream stream) => _w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);

    /// <summary>Marks the start of a named section.</summary>
    public void Section(string name) => _w.Write(name);
    /// <summary>Writes an int.</summary>
    public void Write(int value) => _w.Write(value);
    /// <summary>Writes a float.</summary>
    public void Write(float value) => _w.Write(value);
    /// <summary>Writes a string.</summary>
    public void Write(string value) => _w.Write(value);

    /// <summary>Writes a non-negative int in 7-bit groups (small numbers take one byte).</summary>
    public void WriteVarint(int value) => _w.Write7BitEncodedInt(value);

    /// <summary>Writes a list of strings.</summary>
    public void Write(IReadOnlyList<string> values)
    {
        _w.Write(values.Count);
        foreach (var v in values) _w.Write(v);
    }

    /// <summary>Writes an int array.</summary>
    public void Write(ReadOnlySpan<int> values)
    {
        _w.Write(values.Length);
        foreach (var v in values) _w.Write(v);
    }

    /// <summary>Writes a mostly-zero short array sparsely: the count of non-zero entries, then (gap, value) pairs.</summary>
    public void WriteSparse(ReadOnlySpan<short> values)
    {
        int nonZero = 0;
        foreach (var v in values) if (v != 0) nonZero++;
        _w.Write(values.Length);
        _w.Write(nonZero);
        int last = -1;
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] == 0) continue;
            _w.Write7BitEncodedInt(i - last);
            _w.Write(values[i]);
            last = i;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _w.Dispose();
}
