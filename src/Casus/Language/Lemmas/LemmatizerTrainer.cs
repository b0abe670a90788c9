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

    /// <summary>Choose each (tag, suffix) rule by the number of distinct training forms it fits rather than by tokens,
    /// and keep it only when at least <see cref="MinRuleCount"/> forms support it. Rules serve unseen words, which
    /// behave like types: a frequent word (Sept. → September) must not make a rule for its suffix (Capt. → *Captember).</summary>
    public bool RulesByTypes { get; init; } = true;

    /// <summary>Learn the case table (see <see cref="Lemmatizer.Lemmatize(ReadOnlySpan{char}, string, LemmaContext)"/>).</summary>
    public bool LearnCase { get; init; } = true;

    /// <summary>Only words seen at most this often teach the case table (0: all).</summary>
    public int CaseMaxCount { get; init; }

    /// <summary>A case change is kept when it fits this many more (weighted) words than leaving the case.</summary>
    public int CaseMinGain { get; init; } = 1;

    /// <summary>Let the numbers the number table serves (digits with commas: 1,000 → 1000) teach suffix rules too. Off:
    /// their rewrite learned as a rule for the suffix 000 turned 20.000 into *20000; the number table already
    /// handles every form with a comma.</summary>
    public bool NumbersTeachRules { get; init; }

    /// <summary>A punctuation or symbol form that only GUM has under some tag takes the lemma EWT gives the form under
    /// its other tags (GUM: ... tagged ':' → …; EWT: ...). Part of <see cref="EwtFirst"/>: off with it.</summary>
    public bool EwtSigns { get; init; } = true;

    /// <summary>Learn the number table (1,100 → 1100).</summary>
    public bool LearnNumbers { get; init; } = true;

    /// <summary>Learn the exception of a (tag, form) EWT has from EWT alone: where the treebanks' conventions differ
    /// (GUM lemmatizes -- as -), EWT's is followed even when GUM has the word more often.</summary>
    public bool EwtFirst { get; init; } = true;

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
            RulesByTypes = options.Setting(Name, "rule-types", RulesByTypes ? 1 : 0) != 0,
            LearnCase = options.Setting(Name, "case", LearnCase ? 1 : 0) != 0,
            CaseMaxCount = options.Setting(Name, "case-max", CaseMaxCount),
            CaseMinGain = options.Setting(Name, "case-gain", CaseMinGain),
            LearnNumbers = options.Setting(Name, "numbers", LearnNumbers ? 1 : 0) != 0,
            EwtFirst = options.Setting(Name, "ewt-first", EwtFirst ? 1 : 0) != 0,
            NumbersTeachRules = options.Setting(Name, "number-rules", NumbersTeachRules ? 1 : 0) != 0,
            EwtSigns = options.Setting(Name, "ewt-signs", EwtSigns ? 1 : 0) != 0,
        };
        var lemmatizer = trainer.Train(train);
        Directory.CreateDirectory(options.OutputDirectory);
        var path = Path.Combine(options.OutputDirectory, FileName);
        using (var f = File.Create(path)) lemmatizer.Save(f);
        double acc = GoldTagAccuracy(dev, lemmatizer);
        options.Log.WriteLine($"lemmatizer: {lemmatizer.ExceptionCount} exceptions, {lemmatizer.RuleCount} rules; dev lemma accuracy with gold tags {acc:F2} → {path}");
        return new TrainingReport(Name, path, new Dictionary<string, double> { ["lemma-gold-tags"] = acc });
    }

    /// <summary>Learns rules, exceptions and the case and number tables from the words of <paramref name="train"/>.</summary>
    public Lemmatizer Train(IEnumerable<ConlluSentence> train)
    {
        var sentences = train as IReadOnlyList<ConlluSentence> ?? train.ToList();
        var pairs = new Dictionary<(string Form, string Xpos), Dictionary<string, int>>();
        // Every word with its sentence context, for the exceptions and the case table.
        var occurrences = new List<Occurrence>();
        foreach (var s in sentences)
        {
            int weight = IsGum(s) ? 1 : EwtWeight;
            var forms = s.Words.Select(w => w.Form).ToArray();
            var sentenceCase = LemmaContext.CaseOf(forms);
            int first = LemmaContext.FirstWord(forms);
            for (int i = 0; i < s.Words.Count; i++)
            {
                var w = s.Words[i];
                if (w.Lemma == "_" || w.Form.Length == 0) continue;
                if (!pairs.TryGetValue((w.Form, w.Xpos), out var d)) pairs[(w.Form, w.Xpos)] = d = new Dictionary<string, int>(StringComparer.Ordinal);
                d[w.Lemma] = d.GetValueOrDefault(w.Lemma) + weight;
                var context = new LemmaContext(sentenceCase, i == first);
                occurrences.Add(new Occurrence(w.Form, w.Xpos, w.Upos, w.Lemma, context, weight, !IsGum(s)));
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

        // Rewrite counts per (tag, suffix of the lower-cased form): tokens, and distinct forms.
        var ruleCounts = new Dictionary<string, Dictionary<LemmaRule, int>>(StringComparer.Ordinal);
        var ruleTypes = new Dictionary<string, Dictionary<LemmaRule, int>>(StringComparer.Ordinal);
        Span<char> numberShape = stackalloc char[Lemmatizer.MaxNumberLength];
        foreach (var ((form, xpos), lemmas) in pairs)
        {
            if (LearnNumbers && !NumbersTeachRules && Lemmatizer.NumberShape(form, numberShape) > 0) continue;
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
                    if (!ruleTypes.TryGetValue(key, out var t)) ruleTypes[key] = t = new Dictionary<LemmaRule, int>();
                    t[rule] = t.GetValueOrDefault(rule) + 1;
                }
            }
        }
        var best = new Dictionary<string, LemmaRule>(StringComparer.Ordinal);
        foreach (var (key, counts) in ruleCounts)
        {
            var types = ruleTypes[key];
            var top = counts.OrderByDescending(p => RulesByTypes ? types[p.Key] : p.Value).ThenByDescending(p => p.Value)
                .ThenBy(p => p.Key.Strip).ThenBy(p => p.Key.Append, StringComparer.Ordinal).ThenBy(p => p.Key.Lowered).First();
            bool isDefault = key[^1] == '\u0001';
            if (isDefault || (RulesByTypes ? types[top.Key] : top.Value) >= MinRuleCount) best[key] = top.Key;
        }
        // Drop rules that repeat what the next shorter suffix already says: lookup falls back to it anyway.
        var kept = best.Where(p => p.Key[^1] == '\u0001' || !best.TryGetValue(p.Key[..^1], out var parent) || parent != p.Value)
                       .OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(kept.Length, StringComparer.Ordinal);
        var rules = new LemmaRule[kept.Length];
        for (int i = 0; i < kept.Length; i++) { index[kept[i].Key] = i; rules[i] = kept[i].Value; }

        var known = UseKnownLemmas ? KnownLemmas(sentences) : [];
        var proper = LearnCase ? ProperLemmas(sentences) : [];
        var noExceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        var rulesOnly = new Lemmatizer(noExceptions, index, rules, known, proper, new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        var numbers = LearnNumbers ? NumberTable(pairs) : new Dictionary<string, NumberChange>(StringComparer.Ordinal);
        var caseTable = LearnCase ? CaseTable(occurrences, rulesOnly, sentences) : new Dictionary<string, CaseChange>(StringComparer.Ordinal);
        var noExceptionsModel = new Lemmatizer(noExceptions, index, rules, known, proper, caseTable, numbers);

        // Exceptions: a (tag, form) whose most frequent lemma would be right more often than what the model without
        // exceptions says in each occurrence's context.
        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        // EWT's lemma of each punctuation or symbol form over all its tags: a sign's lemma does not depend on its tag,
        // so where only GUM has the (tag, form) (GUM tags ... as ':' and lemmatizes it …) EWT's convention still holds.
        var ewtSigns = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        if (EwtFirst && EwtSigns)
            foreach (var o in occurrences)
            {
                if (!o.Ewt || !IsSign(o.Form)) continue;
                if (!ewtSigns.TryGetValue(o.Form, out var d)) ewtSigns[o.Form] = d = new Dictionary<string, int>(StringComparer.Ordinal);
                d[o.Lemma] = d.GetValueOrDefault(o.Lemma) + o.Weight;
            }
        foreach (var group in occurrences.GroupBy(o => (o.Form, o.Xpos)).OrderBy(g => g.Key.Xpos, StringComparer.Ordinal).ThenBy(g => g.Key.Form, StringComparer.Ordinal))
        {
            var byLemma = new Dictionary<string, int>(StringComparer.Ordinal);
            int modelRight = 0;
            // Where EWT has the word under this tag its convention is the one to follow (GUM writes -- as -, ... as …).
            bool ewtOnly = EwtFirst && group.Any(o => o.Ewt);
            foreach (var o in group)
            {
                if (ewtOnly && !o.Ewt) continue;
                byLemma[o.Lemma] = byLemma.GetValueOrDefault(o.Lemma) + o.Weight;
                if (noExceptionsModel.Lemmatize(o.Form, o.Xpos, o.Context) == o.Lemma) modelRight += o.Weight;
            }
            if (!ewtOnly && ewtSigns.TryGetValue(group.Key.Form, out var signLemmas))
            {
                var sign = signLemmas.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
                if (noExceptionsModel.Lemmatize(group.Key.Form, group.Key.Xpos) != sign) exceptions[group.Key.Xpos + "\u0001" + group.Key.Form] = sign;
                continue;
            }
            var top = byLemma.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First();
            if (top.Value > modelRight) exceptions[group.Key.Xpos + "\u0001" + group.Key.Form] = top.Key;
        }
        return new Lemmatizer(exceptions, index, rules, known, proper, caseTable, numbers);
    }

    /// <summary>A word of a training sentence in its context.</summary>
    private readonly record struct Occurrence(string Form, string Xpos, Document.Upos Upos, string Lemma, LemmaContext Context, int Weight, bool Ewt);

    /// <summary>True for a form without letters or digits (punctuation, symbols).</summary>
    private static bool IsSign(string form)
    {
        foreach (var c in form) if (char.IsLetterOrDigit(c)) return false;
        return form.Length > 0;
    }

    private static bool IsGum(ConlluSentence s) => s.Id is not null && s.Id.StartsWith("GUM_", StringComparison.Ordinal);


    /// <summary>The case table: for each (tag, shape, sentence case, start, known) class the case change of the rule
    /// output that fits most training words, kept where it is not "leave it". Only words seen at most
    /// <see cref="CaseMaxCount"/> times count: the table serves words the exceptions do not know.</summary>
    private Dictionary<string, CaseChange> CaseTable(List<Occurrence> occurrences, Lemmatizer rulesOnly, IReadOnlyList<ConlluSentence> train)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var o in occurrences) frequency[o.Form] = frequency.GetValueOrDefault(o.Form) + 1;
        // How often each lower-cased lemma occurs as a word and as a name, to tell whether a lemma is known without
        // counting the occurrence itself: at run time the table serves words training never saw.
        var common = new Dictionary<string, int>(StringComparer.Ordinal);
        var proper = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in train)
            foreach (var w in s.Words)
            {
                var set = KnownClass(w.Upos, w.Lemma) switch { 1 => common, 2 => proper, _ => null };
                if (set is not null) { var l = w.Lemma.ToLowerInvariant(); set[l] = set.GetValueOrDefault(l) + 1; }
            }
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        Span<char> key = stackalloc char[64];
        foreach (var o in occurrences)
        {
            if (o.Xpos.Length + 1 + Lemmatizer.CaseFeatureLength > key.Length) continue;
            if (CaseMaxCount > 0 && frequency[o.Form] > CaseMaxCount) continue;
            var byRule = rulesOnly.ByRules(o.Form, o.Xpos);
            var lower = byRule.ToLowerInvariant();
            int ownClass = KnownClass(o.Upos, o.Lemma);
            int own = ownClass != 0 && o.Lemma.ToLowerInvariant() == lower ? ownClass : 0;
            int known = (common.GetValueOrDefault(lower) - (own == 1 ? 1 : 0) > 0 ? 1 : 0) + (proper.GetValueOrDefault(lower) - (own == 2 ? 1 : 0) > 0 ? 2 : 0);
            if (!Lemmatizer.CaseKey(o.Form, o.Xpos, o.Context, known, key)) continue;
            var k = key[..(o.Xpos.Length + 1 + Lemmatizer.CaseFeatureLength)].ToString();
            if (!counts.TryGetValue(k, out var c)) counts[k] = c = new int[4];
            for (int change = 0; change < 4; change++)
                if (Lemmatizer.Change(byRule, (CaseChange)change) == o.Lemma) c[change] += o.Weight;
        }
        var table = new Dictionary<string, CaseChange>(StringComparer.Ordinal);
        foreach (var (k, c) in counts)
        {
            int top = 0;
            for (int change = 1; change < 4; change++) if (c[change] > c[top]) top = change;
            if (top != 0 && c[top] >= CaseMinGain + c[0]) table[k] = (CaseChange)top;
        }
        return table;
    }

    /// <summary>The number table: per (tag, digit shape) the rewrite that fits the most distinct training numbers
    /// (at least <see cref="MinRuleCount"/>), kept where it changes the number.</summary>
    private Dictionary<string, NumberChange> NumberTable(Dictionary<(string Form, string Xpos), Dictionary<string, int>> pairs)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        Span<char> shape = stackalloc char[Lemmatizer.MaxNumberLength];
        foreach (var ((form, xpos), lemmas) in pairs)
        {
            int n = Lemmatizer.NumberShape(form, shape);
            if (n == 0) continue;
            var k = xpos + "\u0001" + shape[..n].ToString();
            if (!counts.TryGetValue(k, out var c)) counts[k] = c = new int[3];
            foreach (var lemma in lemmas.Keys)
                for (int change = 0; change < 3; change++)
                    if (Lemmatizer.Change(form, (NumberChange)change) == lemma) c[change]++;
        }
        var table = new Dictionary<string, NumberChange>(StringComparer.Ordinal);
        foreach (var (k, c) in counts)
        {
            int top = 0;
            for (int change = 1; change < 3; change++) if (c[change] > c[top]) top = change;
            if (top != 0 && c[top] >= MinRuleCount) table[k] = (NumberChange)top;
        }
        return table;
    }

    /// <summary>1 for the lemma of an inflecting word class (noun, verb, adjective, adverb, auxiliary), 2 for a proper
    /// noun's, 0 for others and for lemmas too short or with spaces.</summary>
    private static int KnownClass(Document.Upos upos, string lemma)
    {
        if (lemma.Length < 2 || lemma == "_" || lemma.Contains(' ')) return 0;
        if (upos is Document.Upos.NOUN or Document.Upos.VERB or Document.Upos.ADJ or Document.Upos.ADV or Document.Upos.AUX) return 1;
        return upos == Document.Upos.PROPN ? 2 : 0;
    }

    /// <summary>Lower-cased lemmas of the inflecting word classes (nouns, verbs, adjectives, adverbs) in <paramref name="train"/>.</summary>
    private static string[] KnownLemmas(IEnumerable<ConlluSentence> train) => LemmasOfClass(train, 1);

    /// <summary>Lower-cased lemmas of proper nouns in <paramref name="train"/>.</summary>
    private static string[] ProperLemmas(IEnumerable<ConlluSentence> train) => LemmasOfClass(train, 2);

    private static string[] LemmasOfClass(IEnumerable<ConlluSentence> train, int knownClass)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var s in train)
            foreach (var w in s.Words)
                if (KnownClass(w.Upos, w.Lemma) == knownClass) set.Add(w.Lemma.ToLowerInvariant());
        return set.ToArray();
    }

    /// <summary>Lemma accuracy (percent) on <paramref name="sentences"/> given their gold Penn tags.</summary>
    public static double GoldTagAccuracy(IEnumerable<ConlluSentence> sentences, Lemmatizer lemmatizer)
    {
        int ok = 0, total = 0;
        foreach (var s in sentences)
        {
            var forms = s.Words.Select(w => w.Form).ToArray();
            var sentenceCase = LemmaContext.CaseOf(forms);
            int first = LemmaContext.FirstWord(forms);
            for (int i = 0; i < forms.Length; i++)
            {
                var w = s.Words[i];
                total++;
                if (TaggingEvaluator.LemmaMatches(lemmatizer.Lemmatize(w.Form, w.Xpos, new LemmaContext(sentenceCase, i == first)), w.Lemma)) ok++;
            }
        }
        return total == 0 ? 0 : 100.0 * ok / total;
    }
}
