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

/// <summary>Reads what <see cref="ModelWriter"/> wrote. Throws <see cref="InvalidDataException"/> on a mismatch;
/// <see cref="ModelFile.Read{T}"/> turns that into a failed result.</summary>
public sealed class ModelReader : IDisposable
{
    private readonly BinaryReader _r;

    internal ModelReader(Stream stream) => _r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);

    /// <summary>Checks that the next section is <paramref name="name"/>.</summary>
    public void Section(string name)
    {
        var found = _r.ReadString();
        if (found != name) throw new InvalidDataException($"expected section '{name}', found '{found}'");
    }
    /// <summary>Reads the name of the next section (for payloads whose layout has optional sections).</summary>
    public string ReadSectionName() => _r.ReadString();
    /// <summary>Reads an int.</summary>
    public int ReadInt32() => _r.ReadInt32();
    /// <summary>Reads a float.</summary>
    public float ReadSingle() => _r.ReadSingle();
    /// <summary>Reads a string.</summary>
    public string ReadString() => _r.ReadString();
    /// <summary>Reads a 7-bit encoded int.</summary>
    public int ReadVarint() => _r.Read7BitEncodedInt();

    /// <summary>Reads a list of strings.</summary>
    public string[] ReadStrings()
    {
        int n = Count(_r.ReadInt32());
        var a = new string[n];
        for (int i = 0; i < n; i++) a[i] = _r.ReadString();
        return a;
    }

    /// <summary>Reads an int array.</summary>
    public int[] ReadInts()
    {
        int n = Count(_r.ReadInt32());
        var a = new int[n];
        for (int i = 0; i < n; i++) a[i] = _r.ReadInt32();
        return a;
    }

    /// <summary>Reads a sparse short array.</summary>
    public short[] ReadSparse()
    {
        int n = Count(_r.ReadInt32());
        int nonZero = Count(_r.ReadInt32());
        var a = new short[n];
        int pos = -1;
        for (int k = 0; k < nonZero; k++)
        {
            pos += _r.Read7BitEncodedInt();
            if ((uint)pos >= (uint)n) throw new InvalidDataException($"sparse entry {k} lies outside the array ({pos} of {n})");
            a[pos] = _r.ReadInt16();
        }
        return a;
    }

    /// <summary>Reads a sparse short array as its non-zero entries (increasing positions), without building the dense array.</summary>
    public (int Length, int[] Positions, short[] Values) ReadSparseEntries()
    {
        int n = Count(_r.ReadInt32());
        int nonZero = Count(_r.ReadInt32());
        if (nonZero > n) throw new InvalidDataException($"{nonZero} non-zero entries in an array of {n}");
        var positions = new int[nonZero];
        var values = new short[nonZero];
        int pos = -1;
        for (int k = 0; k < nonZero; k++)
        {
            pos += _r.Read7BitEncodedInt();
            if ((uint)pos >= (uint)n) throw new InvalidDataException($"sparse entry {k} lies outside the array ({pos} of {n})");
            positions[k] = pos;
            values[k] = _r.ReadInt16();
        }
        return (n, positions, values);
    }

    private static int Count(int n) =>
        n is < 0 or > 1 << 28 ? throw new InvalidDataException($"implausible array length {n}") : n;

    /// <inheritdoc/>
    public void Dispose() => _r.Dispose();
}
