using Casus.Language.Models;

namespace Casus.Language.Entities;

/// <summary>
/// <c>casus train --component ner-names</c>: writes <see cref="NameListSnapshot.FileName"/> from the actor
/// dictionaries and gazetteer lists embedded in the Casus.dll that runs (all of <see cref="GazetteerSources.PeopleFiles"/>,
/// so <c>ner.people</c> can still choose among them). Only trained when named: a full <c>casus train</c> keeps the
/// committed snapshot, so it rebuilds the shipped <c>ner.bin</c>. Copy the file to data/models/, rebuild, then
/// retrain <c>ner</c>.
/// </summary>
public sealed class NameListSnapshotWriter : ITrainableComponent
{
    /// <inheritdoc/>
    public string Name => "ner-names";

    /// <inheritdoc/>
    public string FileName => NameListSnapshot.FileName;

    /// <inheritdoc/>
    public TrainingReport Train(TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var check = new EntityGazetteer.Builder();
        var kept = new List<NameListEntry>();
        int skipped = 0;
        foreach (var e in GazetteerSources.ShippedEntries(options.Log, GazetteerSources.PeopleFiles))
        {
            // Only names the gazetteer accepts are stored, so the snapshot holds nothing training would skip.
            if (GazetteerSources.Add(check, e)) kept.Add(e);
            else { skipped++; options.Log.WriteLine($"{e.Source}:{e.Line}: '{e.Text}' is not a usable entry; not stored"); }
        }
        Directory.CreateDirectory(options.OutputDirectory);
        var path = Path.Combine(options.OutputDirectory, FileName);
        using (var f = File.Create(path)) NameListSnapshot.Write(f, kept);
        var phrases = check.Build().PhraseCount;
        options.Log.WriteLine($"ner-names: {kept.Count} entries ({skipped} skipped, {phrases} phrases with all people files) → {path} ({new FileInfo(path).Length / 1024} KiB)");
        return new TrainingReport(Name, path, new Dictionary<string, double> { ["entries"] = kept.Count, ["phrases"] = phrases });
    }
}
