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

    private static byte[] Save(Action<Stream> save)
    {
        var ms = new MemoryStream();
        save(ms);
        return ms.ToArray();
    }
}
