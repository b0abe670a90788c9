using System.Buffers.Binary;
using System.Text;

namespace Casus.Language.Models;

/// <summary>Reads what <see cref="ModelWriter"/> wrote, from the whole decompressed payload in memory: parsing a
/// span directly is several times faster than a <see cref="BinaryReader"/> over a decompressing stream, which pays
/// a virtual call per value (the parser's table alone holds millions of sparse entries, and loading them dominated
/// model load time). Throws <see cref="InvalidDataException"/> (or <see cref="EndOfStreamException"/>) on a
/// mismatch; <see cref="ModelFile.Read{T}"/> turns that into a failed result.</summary>
public sealed class ModelReader : IDisposable
{
    private readonly byte[] _data;
    private readonly int _end;
    private int _at;

    /// <summary>A reader over <paramref name="length"/> bytes of <paramref name="data"/> from the start.</summary>
    internal ModelReader(byte[] data, int length)
    {
        _data = data;
        _end = length;
    }

    /// <summary>Checks that the next section is <paramref name="name"/>.</summary>
    public void Section(string name)
    {
        var found = ReadString();
        if (found != name) throw new InvalidDataException($"expected section '{name}', found '{found}'");
    }
    /// <summary>Reads the name of the next section (for payloads whose layout has optional sections).</summary>
    public string ReadSectionName() => ReadString();
    /// <summary>Reads an int.</summary>
    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));
    /// <summary>Reads a float.</summary>
    public float ReadSingle() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));
    /// <summary>Reads a string (a 7-bit encoded UTF-8 byte count, then the bytes, as <see cref="BinaryWriter"/> writes it).</summary>
    public string ReadString()
    {
        int n = ReadVarint();
        return n == 0 ? "" : Encoding.UTF8.GetString(Take(n));
    }
    /// <summary>Reads a 7-bit encoded int.</summary>
    public int ReadVarint() => Varint(_data.AsSpan(0, _end), ref _at);

    /// <summary>Reads a list of strings.</summary>
    public string[] ReadStrings()
    {
        int n = Count(ReadInt32());
        var a = new string[n];
        for (int i = 0; i < n; i++) a[i] = ReadString();
        return a;
    }

    /// <summary>Reads an int array.</summary>
    public int[] ReadInts()
    {
        int n = Count(ReadInt32());
        var bytes = Take(checked(n * sizeof(int)));
        var a = new int[n];
        if (BitConverter.IsLittleEndian) bytes.CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(a.AsSpan()));
        else for (int i = 0; i < n; i++) a[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes[(i * 4)..]);
        return a;
    }

    /// <summary>Reads a sparse short array.</summary>
    public short[] ReadSparse()
    {
        var a = new short[PeekSparseLength()];
        ReadSparse(a);
        return a;
    }

    /// <summary>The length of the sparse array that comes next, without reading it.</summary>
    public int PeekSparseLength()
    {
        if (_end - _at < 4) throw new EndOfStreamException("the payload ends before a sparse array");
        return Count(BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(_at, 4)));
    }

    /// <summary>Reads a sparse short array into <paramref name="a"/>, which must be zeroed and as long as the stored array
    /// (a caller that lays the array out itself, e.g. aligned, reads it in place instead of copying it).</summary>
    public void ReadSparse(Span<short> a)
    {
        int n = Count(ReadInt32());
        if (n != a.Length) throw new InvalidDataException($"sparse array of {n} read into {a.Length} places");
        int nonZero = Count(ReadInt32());
        var data = _data.AsSpan(0, _end);
        int at = _at, pos = -1;
        for (int k = 0; k < nonZero; k++)
        {
            short value = Entry(data, ref at, ref pos, n, k);
            a[pos] = value;
        }
        _at = at;
    }

    /// <summary>Reads a sparse short array as its non-zero entries (increasing positions), without building the dense array.</summary>
    public (int Length, int[] Positions, short[] Values) ReadSparseEntries()
    {
        int n = Count(ReadInt32());
        int nonZero = Count(ReadInt32());
        if (nonZero > n) throw new InvalidDataException($"{nonZero} non-zero entries in an array of {n}");
        var positions = new int[nonZero];
        var values = new short[nonZero];
        var data = _data.AsSpan(0, _end);
        int at = _at, pos = -1;
        for (int k = 0; k < nonZero; k++)
        {
            values[k] = Entry(data, ref at, ref pos, n, k);
            positions[k] = pos;
        }
        _at = at;
        return (n, positions, values);
    }

    // Entry k of a sparse array of n: the gap from the previous position (advancing pos), then the value.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static short Entry(ReadOnlySpan<byte> data, ref int at, ref int pos, int n, int k)
    {
        pos += Varint(data, ref at);
        if ((uint)pos >= (uint)n) throw new InvalidDataException($"sparse entry {k} lies outside the array ({pos} of {n})");
        if (at > data.Length - 2) throw new EndOfStreamException("the payload ends inside a sparse array");
        short value = BinaryPrimitives.ReadInt16LittleEndian(data[at..]);
        at += 2;
        return value;
    }

    // The next n bytes; throws at the end of the payload.
    private ReadOnlySpan<byte> Take(int n)
    {
        if (n < 0 || n > _end - _at) throw new EndOfStreamException($"the payload ends {n} bytes too early");
        var span = _data.AsSpan(_at, n);
        _at += n;
        return span;
    }

    // A 7-bit encoded int as BinaryWriter.Write7BitEncodedInt writes it: at most five bytes, the fifth holding 4 bits.
    private static int Varint(ReadOnlySpan<byte> data, ref int at)
    {
        uint result = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            if ((uint)at >= (uint)data.Length) throw new EndOfStreamException("the payload ends inside a number");
            byte b = data[at++];
            if (shift == 28 && b > 0b1111) throw new InvalidDataException("a 7-bit encoded number is too long");
            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return (int)result;
        }
        throw new InvalidDataException("a 7-bit encoded number is too long");
    }

    private static int Count(int n) =>
        n is < 0 or > 1 << 28 ? throw new InvalidDataException($"implausible array length {n}") : n;

    /// <summary>Nothing to release (the payload is an array); kept so readers can be used in <c>using</c> blocks.</summary>
    public void Dispose() { }
}
