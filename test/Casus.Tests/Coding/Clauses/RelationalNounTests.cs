using Casus.Coding;
using Casus.Coding.Clauses;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Actors one step below the slot: a relational noun ("chief", "part", "member") is read through its
/// possessor or of/for-phrase down a short chain; other nouns only one step down.</summary>
public class RelationalNounTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void Target_two_steps_below_a_relational_noun()
    {
        // "wounded the deputy commander of [Chad's border unit]": commander → of → unit → possessor Chad.
        Assert.Equal(["---REB TCD 190"], Code("""
            1 Gunmen     gunman     NOUN  NNS 2 nsubj     B----REB
            2 attacked   attack     VERB  VBD 0 root      _
            3 the        the        DET   DT  5 det       _
            4 deputy     deputy     ADJ   JJ  5 amod      _
            5 commander  commander  NOUN  NN  2 obj       _
            6 of         of         ADP   IN  10 case     _
            7 Chad       Chad       PROPN NNP 10 nmod:poss B-TCD
            8 's         's         PART  POS 7 case      _
            9 border     border     NOUN  NN  10 compound _
            10 unit      unit       NOUN  NN  5 nmod      _
            11 .         .          PUNCT .   2 punct     _
            """));
    }

    [Fact]
    public void Subject_two_steps_below_a_relational_noun()
    {
        // "Members of a faction of the Kenyan parliament criticised Uganda".
        Assert.Equal(["KENLEG UGA 111"], Code("""
            1 Members     member     NOUN  NNS 7 nsubj  _
            2 of          of         ADP   IN  4 case   _
            3 a           a          DET   DT  4 det    _
            4 faction     faction    NOUN  NN  1 nmod   _
            5 of          of         ADP   IN  6 case   _
            6 parliament  parliament NOUN  NN  4 nmod   B-KENLEG
            7 criticised  criticise  VERB  VBD 0 root   _
            8 Uganda      Uganda     PROPN NNP 7 obj    B-UGA
            9 .           .          PUNCT .   7 punct  _
            """));
    }

    [Fact]
    public void Ordinary_noun_is_read_one_step_down_only()
    {
        // "attacked the cars of the convoy of Chad's army": "cars" is no relational noun, so the actor two steps down
        // is not taken, and "attack <obj>" finds no target.
        Assert.Empty(Code("""
            1 Gunmen     gunman     NOUN  NNS 2 nsubj     B----REB
            2 attacked   attack     VERB  VBD 0 root      _
            3 the        the        DET   DT  4 det       _
            4 cars       car        NOUN  NNS 2 obj       _
            5 of         of         ADP   IN  7 case      _
            6 the        the        DET   DT  7 det       _
            7 convoy     convoy     NOUN  NN  4 nmod      _
            8 of         of         ADP   IN  11 case     _
            9 Chad       Chad       PROPN NNP 11 nmod:poss B-TCD
            10 's        's         PART  POS 9 case      _
            11 army      army       NOUN  NN  7 nmod      _
            12 .         .          PUNCT .   2 punct     _
            """, CodingStage.CreateDefault(new CodingOptions { TargetFallback = false, SequenceFallback = SequenceFallback.Never })));
    }

    [Fact]
    public void Shipped_list_loads_and_bad_words_are_reported_with_their_line()
    {
        Assert.True(RelationalNouns.Default.Contains("chief", "chiefs"));
        Assert.True(RelationalNouns.Default.Contains(null, "members"));
        Assert.False(RelationalNouns.Default.Contains("car", "cars"));
        // The file's specifics: one list, [relational-nouns], whose header may be left out (the reader's rules and
        // messages are tested in WordListFileTests).
        var list = RelationalNouns.Load(new StringReader("# c\nchief head\nBad chief\n"), "x.txt", out var errors);
        Assert.Equal(2, list.Count);
        Assert.Equal(["x.txt:3: word: 'Bad' must be a lower-case word (letters, '-' and ''')", "x.txt:3: word: 'chief' is listed twice in [relational-nouns]"],
            errors.Select(e => e.ToString()).ToList());
        var named = RelationalNouns.Load(new StringReader("[relational-nouns]\nbase\n[other]\nfoo\n"), "x.txt", out errors);
        Assert.True(named.Contains("base", "bases"));
        Assert.Equal(["x.txt:3: list: unknown list 'other' (known: relational-nouns)"], errors.Select(e => e.ToString()).ToList());
        using var shipped = typeof(RelationalNouns).Assembly.GetManifestResourceStream(RelationalNouns.ResourceName)!;
        RelationalNouns.Load(new StreamReader(shipped), RelationalNouns.ResourceName, out errors);
        Assert.Empty(errors);
    }

    private static List<string> Code(string conllu, CodingStage coder) => ParsedArticles.Code(conllu, coder);
}
