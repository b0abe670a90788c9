using Casus.Language.Entities;
using Casus.Language.Models;

namespace Casus.Tests.Language.Entities;

public class NameListSnapshotTests
{
    [Fact]
    public void Shipped_snapshot_loads_and_fills_places_organisations_and_people()
    {
        var entries = NameListSnapshot.LoadShipped();
        Assert.True(entries.Count > 10_000);
        var known = GazetteerSources.ListFiles.Select(f => f.Resource)
            .Concat(GazetteerSources.PeopleFiles).Concat(["actors/countries.txt", "actors/organisations.txt"]).ToHashSet();
        Assert.All(entries, e => Assert.Contains(e.Source, known));

        var heads = new EntityGazetteer.Builder();
        var log = new StringWriter();
        NameListSnapshot.AddTo(heads, entries, [GazetteerSources.PeopleFiles[0]], log);
        Assert.Equal("", log.ToString());
        var g = heads.Build();
        Assert.NotEqual(0, g.ListsOf("kenya") & (1 << (int)GazetteerList.Location));
        Assert.NotEqual(0, g.ListsOf("Kenyans") & (1 << (int)GazetteerList.Demonym));
        Assert.NotEqual(0, g.ListsOf("united nations") & (1 << (int)GazetteerList.Organization));
        Assert.Equal(0, g.ListsOf("Ronald Reagan"));

        var all = new EntityGazetteer.Builder();
        NameListSnapshot.AddTo(all, entries, GazetteerSources.PeopleFiles, TextWriter.Null);
        Assert.NotEqual(0, all.Build().ListsOf("Ronald Reagan") & (1 << (int)GazetteerList.Person));
    }

    [Fact]
    public void Written_entries_read_back_in_order_with_their_lists_and_word_classes()
    {
        NameListEntry[] entries =
        [
            new("actors/countries.txt", 4, GazetteerList.Location, GazetteerWordClass.None, "Côte d'Ivoire"),
            new("actors/countries.txt", 4, GazetteerList.Demonym, GazetteerWordClass.None, "Ivorian"),
            new("gazetteer/title_words.txt", 9, null, GazetteerWordClass.Title, "Mr."),
        ];
        var ms = new MemoryStream();
        NameListSnapshot.Write(ms, entries);
        ms.Position = 0;
        var back = NameListSnapshot.Read(ms, "x.tsv.gz");
        Assert.Equal(entries.Select(e => (e.Source, e.List, e.WordClass, e.Text)), back.Select(e => (e.Source, e.List, e.WordClass, e.Text)));
        Assert.Equal([2, 3, 4], back.Select(e => e.Line)); // snapshot lines, after the header

        var b = new EntityGazetteer.Builder();
        NameListSnapshot.AddTo(b, back, [], TextWriter.Null);
        var g = b.Build();
        Assert.Equal(1 << (int)GazetteerList.Location, g.ListsOf("côte d'ivoire"));
        Assert.Equal(1 << (int)GazetteerList.Demonym, g.ListsOf("Ivorian"));
    }

    [Theory]
    [InlineData("actors/countries.txt\tLocation", "names.tsv:3: expected 3 tab-separated columns")]
    [InlineData("actors/countries.txt\tCity\tParis", "names.tsv:3: unknown list 'City'")]
    [InlineData("actors/countries.txt\t2\tParis", "names.tsv:3: unknown list '2'")]
    [InlineData("actors/countries.txt\tGeoPlace\tParis", "names.tsv:3: unknown list 'GeoPlace'")]
    [InlineData("actors/countries.txt\tLocation\t  ", "names.tsv:3: empty name")]
    public void A_malformed_line_is_reported_with_file_and_line(string bad, string expected)
    {
        var text = "# header\nactors/countries.txt\tLocation\tFrance\n" + bad + "\n";
        var e = Assert.Throws<InvalidDataException>(() => NameListSnapshot.Read(new StringReader(text), "names.tsv"));
        Assert.StartsWith(expected, e.Message);
    }

    [Fact]
    public void Snapshot_refresh_is_found_by_name_but_not_run_by_a_full_training()
    {
        Assert.IsType<NameListSnapshotWriter>(TrainableComponents.Find("ner-names"));
        Assert.DoesNotContain(TrainableComponents.All, c => c.Name == "ner-names");
    }

    [Fact]
    public void Snapshot_refresh_writes_the_live_lists()
    {
        var dir = Path.Combine(Path.GetTempPath(), "casus-nernames-" + Guid.NewGuid().ToString("N"));
        try
        {
            var log = new StringWriter();
            var report = new NameListSnapshotWriter().Train(new TrainingOptions(dir, dir, 1, null, log));
            using var f = File.OpenRead(report.ModelPath);
            var written = NameListSnapshot.Read(f, report.ModelPath);
            var check = new EntityGazetteer.Builder();
            var live = GazetteerSources.ShippedEntries(TextWriter.Null, GazetteerSources.PeopleFiles).Where(e => GazetteerSources.Add(check, e)).ToList();
            Assert.Equal(live.Select(e => (e.Source, e.List, e.WordClass, e.Text)), written.Select(e => (e.Source, e.List, e.WordClass, e.Text)));
            Assert.Contains(written, e => e.Source == GazetteerSources.PeopleFiles[2]);
        }
        finally { if (Directory.Exists(dir)) Directory.Delete(dir, true); }
    }
}
