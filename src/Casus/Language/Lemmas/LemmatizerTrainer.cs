using Casus.Language.Conllu;
using Casus.Language.Evaluation;
using Casus.Language.Models;

namespace Casus.Language.Lemmas;

/// <summary>Learns the <see cref="Lemmatizer"/> from the training treebanks and scores it on EWT dev (with gold tags).</summary>
public sealed class LemmatizerTrainer : ITrainableComponent
{
    /// <summary>A (tag, suffix) rule is kept when its best rewrite was seen at least this often.</summary>
    public int MinRuleCount { get; init; } = 2;

    /// <summary>Repair suffix-rule outputs that are no known lemma with a regular inflection that gives one (provoked → provoke).</summary>
    public bool UseKnownLemmas { get; init; } = true;

    /// <summary>Weight of an EWT occurrence against a GUM one. Where the treebanks' conventions differ (GUM: United → Unite;
    /// EWT: United → United) EWT's, the reference English treebank of UD, wins; GUM still adds words EWT lacks.</summary>
    public int EwtWeight { get; init; } = 3;

    /// <summary>Break case ties in rules by what the tag's capitalised forms do (see <see cref="LemmaRule.Learn(string, string, bool)"/>).</summary>
    public bool TagCasePolicy { get; init; } = true;

    /// <summary>Learn suffix rules only from suffixes shorter than the form.</summary>
    public bool ProperSuffixes { get; init; } = true;

    /// <inheritdoc/>
    public string Name => Lemmatizer.Component;
    /// <inheritdoc/>
    public string FileName => "lemmatizer.bin";

    /// <inheritdoc/>
    public TrainingReport Train(TrainingOptions options)
    {
        var train = TrainingCorpus.Train(options.DataDirectory);
        var dev = TrainingCorpus.Dev(options.DataDirectory);
        // --set lemmatizer.known=0 (and ewt-weight, case-policy, proper-suffixes, min-rule) for ablations.
        var trainer = new LemmatizerTrainer
        {
            MinRuleCount = options.Setting(Name, "min-rule", MinRuleCount),
            UseKnownLemmas = options.Setting(Name, "known", UseKnownLemmas ? 1 : 0) != 0,
            EwtWeight = options.Setting(Name, "ewt-weight", EwtWeight),
            TagCasePolicy = options.Setting(Name, "case-policy", TagCasePolicy ? 1 : 0) != 0,
            ProperSuffixes = options.Setting(Name, "proper-suffixes", ProperSuffixes ? 1 : 0) != 0,
        };
        var lemmatizer = trainer.Train(train);
        Directory.CreateDirectory(options.OutputDirectory);
        var path = Path.Combine(options.OutputDirectory, FileName);
        using (var f = File.Create(path)) lemmatizer.Save(f);
        double acc = GoldTagAccuracy(dev, lemmatizer);
        options.Log.WriteLine($"lemmatizer: {lemmatizer.ExceptionCount} exceptions, {lemmatizer.RuleCount} rules; dev lemma accuracy with gold tags {acc:F2} → {path}");
        return new TrainingReport(Name, path, new Dictionary<string, double> { ["lemma-gold-tags"] = acc });
    }

    /// <summary>Learns rules and exceptions from the words of <paramref name="train"/>.</summary>
    public Lemmatizer Train(IEnumerable<ConlluSentence> train)
    {
        var pairs = new Dictionary<(string Form, string Xpos), Dictionary<string, int>>();
        foreach (var s in train)
        {
            int weight = s.Id is not null && s.Id.StartsWith("GUM_", StringComparison.Ordinal) ? 1 : EwtWeight;
            foreach (var w in s.Words)
            {
                if (w.Lemma == "_" || w.Form.Length == 0) continue;
                if (!pairs.TryGetValue((w.Form, w.Xpos), out var d)) pairs[(w.Form, w.Xpos)] = d = new Dictionary<string, int>(StringComparer.Ordinal);
                d[w.Lemma] = d.GetValueOrDefault(w.Lemma) + weight;
            }
        }

        // Per tag: do capitalised forms keep their case in the lemma (NNP, ADD) or lose it (NN, VBD)?
        var keepsCase = new Dictionary<string, int>(StringComparer.Ordinal);
        if (TagCasePolicy)
            foreach (var ((form, xpos), lemmas) in pairs)
            {
                if (form == form.ToLowerInvariant()) continue;
                foreach (var (lemma, count) in lemmas)
                {
                    var r = LemmaRule.Learn(form, lemma);
                    keepsCase[xpos] = keepsCase.GetValueOrDefault(xpos) + (r.Lowered ? -count : count);
                }
            }

        // Rewrite counts per (tag, suffix of the lower-cased form).
        var ruleCounts = new Dictionary<string, Dictionary<LemmaRule, int>>(StringComparer.Ordinal);
        foreach (var ((form, xpos), lemmas) in pairs)
        {
            var lower = form.ToLowerInvariant();
            foreach (var (lemma, count) in lemmas)
            {
                var rule = LemmaRule.Learn(form, lemma, keepsCase.GetValueOrDefault(xpos) > 0);
                // A suffix as long as the form is the whole word: leave whole words (Nov → November) to the
                // exceptions, or they become rules that rewrite longer words (Pimenov → *Pimenovember).
                int maxLen = ProperSuffixes ? Math.Min(Lemmatizer.MaxSuffix, lower.Length - 1) : Math.Min(Lemmatizer.MaxSuffix, lower.Length);
                for (int len = 0; len <= maxLen; len++)
                {
                    var key = xpos + "\u0001" + lower[^len..];
                    if (!ruleCounts.TryGetValue(key, out var d)) ruleCounts[key] = d = new Dictionary<LemmaRule, int>();
                    d[rule] = d.GetValueOrDefault(rule) + count;
                }
            }
        }
        var best = new Dictionary<string, LemmaRule>(StringComparer.Ordinal);
        foreach (var (key, counts) in ruleCounts)
        {
            var top = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Strip).ThenBy(p => p.Key.Append, StringComparer.Ordinal).ThenBy(p => p.Key.Lowered).First();
            bool isDefault = key[^1] == '\u0001';
            if (isDefault || top.Value >= MinRuleCount) best[key] = top.Key;
        }
        // Drop rules that repeat what the next shorter suffix already says: lookup falls back to it anyway.
        var kept = best.Where(p => p.Key[^1] == '\u0001' || !best.TryGetValue(p.Key[..^1], out var parent) || parent != p.Value)
                       .OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(kept.Length, StringComparer.Ordinal);
        var rules = new LemmaRule[kept.Length];
        for (int i = 0; i < kept.Length; i++) { index[kept[i].Key] = i; rules[i] = kept[i].Value; }

        var rulesOnly = new Lemmatizer(new Dictionary<string, string>(StringComparer.Ordinal), index, rules);
        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ((form, xpos), lemmas) in pairs)
        {
            var lemma = lemmas.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
            if (rulesOnly.Lemmatize(form, xpos) != lemma) exceptions[xpos + "\u0001" + form] = lemma;
        }
        return new Lemmatizer(exceptions, index, rules, UseKnownLemmas ? KnownLemmas(train) : []);
    }

    /// <summary>Lower-cased lemmas of the inflecting word classes (nouns, verbs, adjectives, adverbs) in <paramref name="train"/>.</summary>
    private static string[] KnownLemmas(IEnumerable<ConlluSentence> train)
    {
        var known = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var s in train)
            foreach (var w in s.Words)
                if (w.Upos is Document.Upos.NOUN or Document.Upos.VERB or Document.Upos.ADJ or Document.Upos.ADV or Document.Upos.AUX
                    && w.Lemma.Length >= 2 && w.Lemma != "_" && !w.Lemma.Contains(' '))
                    known.Add(w.Lemma.ToLowerInvariant());
        return known.ToArray();
    }

    /// <summary>Lemma accuracy (percent) on <paramref name="sentences"/> given their gold Penn tags.</summary>
    public static double GoldTagAccuracy(IEnumerable<ConlluSentence> sentences, Lemmatizer lemmatizer)
    {
        int ok = 0, total = 0;
        foreach (var s in sentences)
            foreach (var w in s.Words)
            {
                total++;
                if (TaggingEvaluator.LemmaMatches(lemmatizer.Lemmatize(w.Form, w.Xpos), w.Lemma)) ok++;
            }
        return total == 0 ? 0 : 100.0 * ok / total;
    }
}
