using Casus.Language.Entities;
using Casus.Language.Models;

namespace Casus.Tests.Language.Entities;

public class EntityGazetteerTests
{
    private static int[] Mark(EntityGazetteer g, params string[] words)
    {
        var st = SentenceText.Of(words);
        var codes = new int[words.Length];
        g.Mark(st.Text, st.Starts, st.Ends, codes);
        return codes;
    }

    private static EntityGazetteer Sample()
    {
        var b = new EntityGazetteer.Builder();
        b.Add("New York", GazetteerList.Location);
        b.Add("New York City", GazetteerList.Location);
        b.Add("York", GazetteerList.Location);
        b.Add("New York Times", GazetteerList.Organization);
        b.Add("Mr.", GazetteerWordClass.Title);
        b.Add("John", GazetteerWordClass.FirstName);
        return b.Build();
    }

    [Fact]
    public void Longest_phrase_marks_begin_inside_last_regardless_of_case()
    {
        var codes = Mark(Sample(), "in", "new", "YORK", "City", "today");
        Assert.Equal([0, EntityGazetteer.Begin, EntityGazetteer.Inside, EntityGazetteer.Last, 0],
            codes.Select(c => EntityGazetteer.Position(c, GazetteerList.Location)).ToArray());
        Assert.All(codes, c => Assert.Equal(0, EntityGazetteer.Position(c, GazetteerList.Organization)));
    }

    [Fact]
    public void Each_list_marks_its_own_phrase()
    {
        var codes = Mark(Sample(), "the", "New", "York", "Times");
        Assert.Equal([0, EntityGazetteer.Begin, EntityGazetteer.Inside, EntityGazetteer.Last],
            codes.Select(c => EntityGazetteer.Position(c, GazetteerList.Organization)).ToArray());
        Assert.Equal([0, EntityGazetteer.Begin, EntityGazetteer.Last, 0],
            codes.Select(c => EntityGazetteer.Position(c, GazetteerList.Location)).ToArray());
    }

    [Fact]
    public void The_geonames_list_has_bits_of_its_own()
    {
        var b = new EntityGazetteer.Builder();
        b.Add("San Rafael", GazetteerList.GeoPlace);
        b.Add("Rafael", GazetteerList.Person);
        b.Add("John", GazetteerWordClass.FirstName);
        var codes = Mark(b.Build(), "John", "lives", "in", "san", "rafael");
        Assert.Equal([0, 0, 0, EntityGazetteer.Begin, EntityGazetteer.Last],
            codes.Select(c => EntityGazetteer.Position(c, GazetteerList.GeoPlace)).ToArray());
        Assert.Equal(EntityGazetteer.Single, EntityGazetteer.Position(codes[4], GazetteerList.Person));
        Assert.Equal(GazetteerWordClass.FirstName, EntityGazetteer.WordClasses(codes[0]));
        Assert.All(codes, c => Assert.Equal(0, EntityGazetteer.Position(c, GazetteerList.Location)));
    }

    [Fact]
    public void The_embedded_geonames_towns_fill_their_list()
    {
        var b = new EntityGazetteer.Builder();
        var log = new StringWriter();
        int rows = GazetteerSources.AddGeoNames(b, log);
        Assert.True(rows > 50_000, $"{rows} rows; {log}");
        Assert.Equal("", log.ToString());
        var g = b.Build();
        Assert.NotEqual(0, g.ListsOf("Zurich") & (1 << (int)GazetteerList.GeoPlace));
        Assert.NotEqual(0, g.ListsOf("Zürich") & (1 << (int)GazetteerList.GeoPlace));
        Assert.Equal(0, g.ListsOf("Zurich") & (1 << (int)GazetteerList.Location));
    }

    [Fact]
    public void A_single_word_phrase_is_marked_single()
    {
        var codes = Mark(Sample(), "York", "is", "old");
        Assert.Equal(EntityGazetteer.Single, EntityGazetteer.Position(codes[0], GazetteerList.Location));
    }

    [Fact]
    public void Word_classes_are_marked_on_their_words()
    {
        var codes = Mark(Sample(), "Mr.", "john", "Smith");
        Assert.Equal(GazetteerWordClass.Title, EntityGazetteer.WordClasses(codes[0]));
        Assert.Equal(GazetteerWordClass.FirstName, EntityGazetteer.WordClasses(codes[1]));
        Assert.Equal(0, codes[2]);
    }

    [Theory]
    [InlineData("i live in kerala now", EntityGazetteer.LowerCase)]
    [InlineData("FLOODS HIT KERALA TODAY", EntityGazetteer.UpperCase)]
    [InlineData("Floods Hit Kerala Villages Again", EntityGazetteer.TitleCase)]
    [InlineData("Floods hit villages in Kerala again .", EntityGazetteer.MixedCase)]
    [InlineData("ok .", EntityGazetteer.MixedCase)] // too short to say
    public void Every_word_carries_its_sentence_case(string sentence, int expected)
    {
        var codes = Mark(Sample(), sentence.Split(' '));
        Assert.All(codes, c => Assert.Equal(expected, EntityGazetteer.SentenceCase(c)));
        Assert.All(codes, c => Assert.Equal(GazetteerWordClass.None, EntityGazetteer.WordClasses(c)));
    }

    [Fact]
    public void Builder_rejects_unusable_entries()
    {
        var b = new EntityGazetteer.Builder();
        Assert.False(b.Add("  ", GazetteerList.Person));
        Assert.False(b.Add("1999", GazetteerList.Person));
        Assert.False(b.Add("a b c d e f g", GazetteerList.Location));
        Assert.False(b.Add("two words", GazetteerWordClass.Title));
        Assert.True(b.Add("Ban  Ki-moon", GazetteerList.Person));
        Assert.Equal(1 << (int)GazetteerList.Person, b.Build().ListsOf("ban ki-moon"));
    }

    [Fact]
    public void Common_words_leave_the_dictionary_lists_but_not_the_trained_ones()
    {
        var b = new EntityGazetteer.Builder();
        b.Add("Nice", GazetteerList.Location);
        b.Add("Nice", GazetteerList.TrainedLocation);
        b.Add("Male", GazetteerList.Location);
        b.Add("Lyon", GazetteerList.Location);
        Assert.Equal(2, b.RemoveCommonWords(w => w is "nice" or "male"));
        var g = b.Build();
        Assert.Equal(1 << (int)GazetteerList.TrainedLocation, g.ListsOf("nice"));
        Assert.Equal(0, g.ListsOf("male"));
        Assert.Equal(1 << (int)GazetteerList.Location, g.ListsOf("lyon"));
    }

    [Fact]
    public void Shipped_lists_load_without_complaint_and_hold_places_people_and_organisations()
    {
        var b = new EntityGazetteer.Builder();
        var log = new StringWriter();
        GazetteerSources.AddShipped(b, log);
        Assert.Equal("", log.ToString());
        var g = b.Build();
        Assert.NotEqual(0, g.ListsOf("kenya") & (1 << (int)GazetteerList.Location));
        Assert.NotEqual(0, g.ListsOf("Kenyans") & (1 << (int)GazetteerList.Demonym));
        Assert.NotEqual(0, g.ListsOf("united nations") & (1 << (int)GazetteerList.Organization));
        Assert.NotEqual(0, g.ListsOf("Edi Rama") & (1 << (int)GazetteerList.Person));
    }

    [Fact]
    public void All_people_files_add_notable_people_and_officials()
    {
        var few = new EntityGazetteer.Builder();
        GazetteerSources.AddShipped(few, TextWriter.Null);
        var all = new EntityGazetteer.Builder();
        var log = new StringWriter();
        GazetteerSources.AddShipped(all, log, GazetteerSources.PeopleFiles);
        Assert.Equal("", log.ToString());
        Assert.Equal(0, few.Build().ListsOf("Ronald Reagan"));
        Assert.NotEqual(0, all.Build().ListsOf("Ronald Reagan") & (1 << (int)GazetteerList.Person));
        Assert.True(all.Build().PhraseCount > few.Build().PhraseCount + 1000);
    }
}
