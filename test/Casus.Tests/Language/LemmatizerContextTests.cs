using Casus.Language.Conllu;
using Casus.Language.Lemmas;
using Casus.Language.Models;

namespace Casus.Tests.Language;

/// <summary>The lemmatizer's learned case table (sentence context), number table, type-counted rules and EWT-first exceptions.</summary>
public class LemmatizerContextTests
{
    [Theory]
    [InlineData("TEHRAN TALKS END .", SentenceCase.Upper)]
    [InlineData("i live in mexico", SentenceCase.Lower)]
    [InlineData("I live in Mexico", SentenceCase.Mixed)]
    [InlineData("NASA launched a rocket", SentenceCase.Mixed)]
    [InlineData("ok .", SentenceCase.Mixed)] // too short to say
    public void Sentence_case_is_read_from_the_words(string sentence, SentenceCase expected)
    {
        var words = sentence.Split(' ');
        Assert.Equal(expected, LemmaContext.CaseOf(words));
        var st = SentenceText.Of(words);
        Assert.Equal(expected, LemmaContext.CaseOf(st.Text, st.Starts, st.Ends));
    }

    [Fact]
    public void First_word_skips_leading_punctuation()
    {
        Assert.Equal(1, LemmaContext.FirstWord(["\"", "Hello", "there"]));
        Assert.Equal(0, LemmaContext.FirstWord(["3", "dogs"]));
        Assert.Equal(-1, LemmaContext.FirstWord([".", "--"]));
    }

    private static List<ConlluSentence> Read(string conllu) => ConlluReader.Read(new StringReader(conllu), "t").ToList();

    private const string LowerCaseNames = """
# sent_id = a-1
1	i	I	PRON	PRP	_	2	nsubj	_	_
2	love	love	VERB	VBP	_	0	root	_	_
3	paris	Paris	PROPN	NNP	_	2	obj	_	_

# sent_id = a-2
1	we	we	PRON	PRP	_	2	nsubj	_	_
2	saw	see	VERB	VBD	_	0	root	_	_
3	rome	Rome	PROPN	NNP	_	2	obj	_	_

# sent_id = a-3
1	they	they	PRON	PRP	_	2	nsubj	_	_
2	like	like	VERB	VBP	_	0	root	_	_
3	tokyo	Tokyo	PROPN	NNP	_	2	obj	_	_

# sent_id = a-4
1	I	I	PRON	PRP	_	2	nsubj	_	_
2	use	use	VERB	VBP	_	0	root	_	_
3	hotmail	hotmail	PROPN	NNP	_	2	obj	_	_

# sent_id = a-5
1	We	we	PRON	PRP	_	2	nsubj	_	_
2	use	use	VERB	VBP	_	0	root	_	_
3	gmail	gmail	PROPN	NNP	_	2	obj	_	_

# sent_id = a-6
1	ask	ask	VERB	VB	_	0	root	_	_
2	jeff	jeff	PROPN	NNP	_	1	obj	_	_
3	now	now	ADV	RB	_	1	advmod	_	_

# sent_id = a-7
1	Ask	ask	VERB	VB	_	0	root	_	_
2	Bob	Bob	PROPN	NNP	_	1	obj	_	_

# sent_id = a-8
1	Call	call	VERB	VB	_	0	root	_	_
2	Mary	Mary	PROPN	NNP	_	1	obj	_	_

""";

    [Fact]
    public void Case_table_capitalises_lower_case_names_in_lower_case_sentences_only()
    {
        var lemmatizer = new LemmatizerTrainer { MinRuleCount = 1 }.Train(Read(LowerCaseNames));
        Assert.True(lemmatizer.CaseChangeCount > 0);
        var lower = new LemmaContext(SentenceCase.Lower, Initial: false);
        Assert.Equal("Kerala", lemmatizer.Lemmatize("kerala", "NNP", lower));
        Assert.Equal("kerala", lemmatizer.Lemmatize("kerala", "NNP")); // mixed case: written like hotmail, kept
        // jeff → jeff, seen in a lower-case sentence, goes against the table and so becomes an exception; an
        // exception that only keeps a lower-case form's case does not lower Jeff.
        Assert.Equal("jeff", lemmatizer.Lemmatize("jeff", "NNP", lower));
        Assert.Equal("Jeff", lemmatizer.Lemmatize("Jeff", "NNP"));

        var untrained = new LemmatizerTrainer { MinRuleCount = 1, LearnCase = false }.Train(Read(LowerCaseNames));
        Assert.Equal(0, untrained.CaseChangeCount);
        Assert.Equal("kerala", untrained.Lemmatize("kerala", "NNP", lower));
    }

    [Fact]
    public void Case_and_number_tables_survive_a_round_trip()
    {
        var lemmatizer = new LemmatizerTrainer { MinRuleCount = 1 }.Train(Read(LowerCaseNames + Numbers));
        var stream = new MemoryStream();
        lemmatizer.Save(stream);
        var loaded = Lemmatizer.Load(new MemoryStream(stream.ToArray()));
        Assert.True(loaded.Success, loaded.Error);
        Assert.Equal(lemmatizer.CaseChangeCount, loaded.Value!.CaseChangeCount);
        Assert.Equal("Kerala", loaded.Value.Lemmatize("kerala", "NNP", new LemmaContext(SentenceCase.Lower, false)));
        Assert.Equal("8100", loaded.Value.Lemmatize("8,100", "CD"));
    }

    private const string Numbers = """
# sent_id = n-1
1	1,000	1000	NUM	CD	_	2	nummod	_	_
2	people	people	NOUN	NNS	_	0	root	_	_

# sent_id = n-2
1	3,500	3500	NUM	CD	_	2	nummod	_	_
2	people	people	NOUN	NNS	_	0	root	_	_

# sent_id = n-3
1	25,000	25000	NUM	CD	_	2	nummod	_	_
2	people	people	NOUN	NNS	_	0	root	_	_

# sent_id = n-4
1	2	2	NUM	CD	_	2	nummod	_	_
2	cats	cat	NOUN	NNS	_	0	root	_	_
3	and	and	CCONJ	CC	_	4	cc	_	_
4	10	10	NUM	CD	_	5	nummod	_	_
5	dogs	dog	NOUN	NNS	_	2	conj	_	_
6	in	in	ADP	IN	_	7	case	_	_
7	1999	1999	NUM	CD	_	2	nmod	_	_

""";

    [Fact]
    public void Number_table_drops_thousands_separators_for_shapes_seen_in_training()
    {
        var lemmatizer = new LemmatizerTrainer().Train(Read(Numbers));
        Assert.Equal("8100", lemmatizer.Lemmatize("8,100", "CD")); // shape 9,999 seen twice
        Assert.Equal("12,345,678", lemmatizer.Lemmatize("12,345,678", "CD")); // shape never seen: left alone
        var off = new LemmatizerTrainer { LearnNumbers = false }.Train(Read(Numbers));
        Assert.Equal("8000", off.Lemmatize("8,100", "CD")); // suffix rules see only the last digits (…,000 → …000)
    }

    [Fact]
    public void Numbers_with_commas_teach_the_number_table_not_the_suffix_rules()
    {
        // 1,000 → 1000 learned as a rule for the suffix "000" would rewrite a decimal-point number too.
        Assert.Equal("20000", new LemmatizerTrainer { NumbersTeachRules = true }.Train(Read(Numbers)).Lemmatize("20.000", "CD"));
        var lemmatizer = new LemmatizerTrainer().Train(Read(Numbers));
        Assert.Equal("20.000", lemmatizer.Lemmatize("20.000", "CD"));
        Assert.Equal("8100", lemmatizer.Lemmatize("8,100", "CD"));
    }

    private static string Capitals(int i, string name, string lemma) => $"""
# sent_id = c-{i}
1	Justice	Justice	PROPN	NNP	_	2	compound	_	_
2	{name}	{lemma}	PROPN	NNP	_	3	nsubj	_	_
3	wrote	write	VERB	VBD	_	0	root	_	_
4	it	it	PRON	PRP	_	3	obj	_	_

""";

    [Fact]
    public void Long_words_in_capitals_are_names_short_ones_acronyms()
    {
        var sentences = Read(Capitals(1, "SOUTER", "Souter") + Capitals(2, "KENNEDY", "Kennedy") + Capitals(3, "GINSBURG", "Ginsburg")
            + Capitals(4, "NASA", "NASA") + Capitals(5, "FBI", "FBI") + Capitals(6, "IAEA", "IAEA"));
        var lemmatizer = new LemmatizerTrainer().Train(sentences);
        Assert.Equal('u', Lemmatizer.Shape("ICDC"));
        Assert.Equal('w', Lemmatizer.Shape("BREYER"));
        Assert.Equal("Breyer", lemmatizer.Lemmatize("BREYER", "NNP")); // unseen, five letters or more
        Assert.Equal("ICDC", lemmatizer.Lemmatize("ICDC", "NNP")); // unseen, four letters
    }

    [Fact]
    public void A_rule_needs_two_distinct_words_not_one_frequent_word()
    {
        var sentences = new List<ConlluSentence>();
        for (int i = 0; i < 4; i++)
            sentences.AddRange(Read($"""
# sent_id = s-{i}
1	Sept.	September	PROPN	NNP	_	0	root	_	_
2	{i + 1}	{i + 1}	NUM	CD	_	1	nummod	_	_
3	in	in	ADP	IN	_	4	case	_	_
4	{(i % 2 == 0 ? "Paris" : "Rome")}	{(i % 2 == 0 ? "Paris" : "Rome")}	PROPN	NNP	_	1	nmod	_	_

"""));
        // By tokens the suffix "pt." has a rule (Sept. → September) that turns Capt. into Captember.
        Assert.Equal("Captember", new LemmatizerTrainer { RulesByTypes = false }.Train(sentences).Lemmatize("Capt.", "NNP"));
        var byTypes = new LemmatizerTrainer().Train(sentences);
        Assert.Equal("Capt.", byTypes.Lemmatize("Capt.", "NNP"));
        Assert.Equal("September", byTypes.Lemmatize("Sept.", "NNP")); // the word itself is an exception
    }

    [Fact]
    public void Ewt_convention_wins_where_the_treebanks_disagree()
    {
        var sentences = Read("""
# sent_id = ewt-1
1	wait	wait	VERB	VB	_	0	root	_	_
2	--	--	PUNCT	:	_	1	punct	_	_

""");
        for (int i = 0; i < 5; i++)
            sentences.AddRange(Read($"""
# sent_id = GUM_news_x-{i}
1	wait	wait	VERB	VB	_	0	root	_	_
2	--	-	PUNCT	:	_	1	punct	_	_

"""));
        Assert.Equal("--", new LemmatizerTrainer().Train(sentences).Lemmatize("--", ":"));
        Assert.Equal("-", new LemmatizerTrainer { EwtFirst = false }.Train(sentences).Lemmatize("--", ":")); // 5 GUM × 1 against 1 EWT × 3
    }

    [Fact]
    public void A_sign_only_gum_has_under_a_tag_takes_the_lemma_ewt_gives_it_under_other_tags()
    {
        var sentences = Read("""
# sent_id = ewt-1
1	wait	wait	VERB	VB	_	0	root	_	_
2	...	...	PUNCT	,	_	1	punct	_	_

""");
        for (int i = 0; i < 5; i++)
            sentences.AddRange(Read($"""
# sent_id = GUM_news_x-{i}
1	wait	wait	VERB	VB	_	0	root	_	_
2	...	…	PUNCT	:	_	1	punct	_	_

"""));
        var lemmatizer = new LemmatizerTrainer().Train(sentences);
        Assert.Equal("...", lemmatizer.Lemmatize("...", ":"));
        Assert.Equal("...", lemmatizer.Lemmatize("...", ","));
        Assert.Equal("…", new LemmatizerTrainer { EwtSigns = false }.Train(sentences).Lemmatize("...", ":"));
    }

    [Fact]
    public void A_model_without_the_context_section_still_loads()
    {
        var bytes = ModelFile.ToBytes(Lemmatizer.Component, w =>
        {
            w.Section("exceptions");
            w.Write(["NNS\u0001geese"]);
            w.Write(["goose"]);
            w.Section("lemmas");
            w.Write(Array.Empty<string>());
            w.Section("rules");
            w.Write(["NNS\u0001", "NNS\u0001s"]);
            w.Write([1, 1]);
            w.Write([0, 1]);
            w.Write(["", ""]);
        });
        var loaded = Lemmatizer.Load(new MemoryStream(bytes));
        Assert.True(loaded.Success, loaded.Error);
        Assert.Equal(0, loaded.Value!.CaseChangeCount);
        Assert.Equal("goose", loaded.Value.Lemmatize("geese", "NNS"));
        Assert.Equal("dog", loaded.Value.Lemmatize("Dogs", "NNS", new LemmaContext(SentenceCase.Upper, true)));
    }

    [Fact]
    public void Damaged_context_section_is_a_load_failure_not_an_exception()
    {
        var bytes = ModelFile.ToBytes(Lemmatizer.Component, w =>
        {
            w.Section("exceptions");
            w.Write(Array.Empty<string>());
            w.Write(Array.Empty<string>());
            w.Section("lemmas");
            w.Write(Array.Empty<string>());
            w.Section("rules");
            w.Write(Array.Empty<string>());
            w.Write(ReadOnlySpan<int>.Empty);
            w.Write(ReadOnlySpan<int>.Empty);
            w.Write(Array.Empty<string>());
            w.Section("context");
            w.Write(Array.Empty<string>());
            w.Write(["NNP\u0001l200"]);
            w.Write([9]); // no such case change
            w.Write(Array.Empty<string>());
            w.Write(ReadOnlySpan<int>.Empty);
        });
        var loaded = Lemmatizer.Load(new MemoryStream(bytes));
        Assert.False(loaded.Success);
        Assert.Contains("case table", loaded.Error);
    }
}
