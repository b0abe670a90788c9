using Casus.Language.Lemmas;
using Casus.Language.Models;
using Casus.Language.Tagging;

namespace Casus.Tests.Language;

public class ModelFileTests
{
    private static PosTagger TinyTagger() =>
        new PosTaggerTrainer { BucketBits = 10 }.Train(LanguageTestData.Sentences(), WordClusters.Empty, 3, 7, TextWriter.Null);

    [Fact]
    public void Tagger_save_load_save_gives_identical_bytes()
    {
        var tagger = TinyTagger();
        var first = Save(tagger.Save);
        var loaded = PosTagger.Load(new MemoryStream(first));
        Assert.True(loaded.Success, loaded.Error);
        Assert.Equal(first, Save(loaded.Value!.Save));
    }

    [Fact]
    public void Training_twice_with_the_same_seed_gives_identical_bytes()
    {
        Assert.Equal(Save(TinyTagger().Save), Save(TinyTagger().Save));
    }

    [Fact]
    public void Lemmatizer_round_trip_is_byte_identical()
    {
        var lemmatizer = new LemmatizerTrainer().Train(LanguageTestData.Sentences());
        var first = Save(lemmatizer.Save);
        var loaded = Lemmatizer.Load(new MemoryStream(first));
        Assert.True(loaded.Success, loaded.Error);
        Assert.Equal(first, Save(loaded.Value!.Save));
    }

    [Fact]
    public void Loading_garbage_fails_with_a_reason_instead_of_throwing()
    {
        var r = PosTagger.Load(new MemoryStream("not a model at all"u8.ToArray()));
        Assert.False(r.Success);
        Assert.Contains("magic", r.Error);
    }

    [Fact]
    public void Loading_a_truncated_model_fails_with_a_reason()
    {
        var bytes = Save(TinyTagger().Save);
        var r = PosTagger.Load(new MemoryStream(bytes[..(bytes.Length / 2)]));
        Assert.False(r.Success);
        Assert.Contains("damaged", r.Error);
    }

    [Fact]
    public void Loading_a_model_of_another_component_names_both()
    {
        var bytes = Save(new LemmatizerTrainer().Train(LanguageTestData.Sentences()).Save);
        var r = PosTagger.Load(new MemoryStream(bytes));
        Assert.False(r.Success);
        Assert.Contains("'lemmatizer'", r.Error);
        Assert.Contains("'tagger'", r.Error);
    }

    [Fact]
    public void Sparse_arrays_round_trip()
    {
        var values = new short[1000];
        values[0] = 5; values[17] = -300; values[999] = short.MaxValue;
        var bytes = ModelFile.ToBytes("x", w => w.WriteSparse(values));
        var r = ModelFile.Read(new MemoryStream(bytes), "x", rd => rd.ReadSparse());
        Assert.Equal(values, r.Value);
    }

    [Fact]
    public void Every_kind_of_value_round_trips_through_the_in_memory_reader()
    {
        var values = new short[70000];
        values[3] = -1; values[200] = 7; values[69999] = short.MinValue; // gaps of one, two and more varint bytes
        var bytes = ModelFile.ToBytes("x", w =>
        {
            w.Section("s");
            w.Write(int.MinValue); w.Write(-1.5f); w.Write("Zürich – 東京"); w.Write("");
            w.WriteVarint(0); w.WriteVarint(127); w.WriteVarint(128); w.WriteVarint(int.MaxValue);
            w.Write(["a", "bé"]); w.Write([1, -2, int.MaxValue]);
            w.WriteSparse(values); w.WriteSparse(values);
        });
        var r = ModelFile.Read(new MemoryStream(bytes), "x", rd =>
        {
            rd.Section("s");
            Assert.Equal(int.MinValue, rd.ReadInt32()); Assert.Equal(-1.5f, rd.ReadSingle());
            Assert.Equal("Zürich – 東京", rd.ReadString()); Assert.Equal("", rd.ReadString());
            Assert.Equal([0, 127, 128, int.MaxValue], new[] { rd.ReadVarint(), rd.ReadVarint(), rd.ReadVarint(), rd.ReadVarint() });
            Assert.Equal(["a", "bé"], rd.ReadStrings()); Assert.Equal([1, -2, int.MaxValue], rd.ReadInts());
            Assert.Equal(values, rd.ReadSparse());
            var (length, positions, entries) = rd.ReadSparseEntries();
            Assert.Equal(values.Length, length);
            Assert.Equal([3, 200, 69999], positions);
            Assert.Equal([(short)-1, (short)7, short.MinValue], entries);
            return "ok";
        });
        Assert.True(r.Success, r.Error);
    }

    [Fact]
    public void Reading_past_the_payload_fails_with_a_reason()
    {
        var bytes = ModelFile.ToBytes("x", w => w.Write(5));
        var r = ModelFile.Read(new MemoryStream(bytes), "x", rd => { rd.ReadInt32(); return rd.ReadString(); });
        Assert.False(r.Success);
        Assert.Contains("damaged", r.Error);
        var sparse = ModelFile.ToBytes("x", w => { w.Write(10); w.Write(3); w.WriteVarint(1); });
        Assert.False(ModelFile.Read(new MemoryStream(sparse), "x", rd => rd.ReadSparse()).Success);
    }

    private static byte[] Save(Action<Stream> save)
    {
        var ms = new MemoryStream();
        save(ms);
        return ms.ToArray();
    }
}
