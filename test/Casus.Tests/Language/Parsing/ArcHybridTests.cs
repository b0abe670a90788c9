using Casus.Language.Conllu;
using Casus.Language.Parsing;

namespace Casus.Tests.Language.Parsing;

public class ArcHybridTests
{
    [Fact]
    public void StaticOracle_ReproducesGoldTree_OfHandBuiltSentences()
    {
        foreach (var s in new[] { ParserTestData.Veto(), ParserTestData.Council() })
            Assert.Equal(ParserTestData.GoldHeads(s)[1..], RunStatic(s)[1..]);
    }

    [Fact]
    public void StaticOracle_ReproducesGoldTrees_OfProjectiveDevSentences()
    {
        int checkedCount = 0;
        foreach (var c in ConlluReader.ReadFile(TestPaths.SharedData("ud/en_ewt-ud-dev.conllu.gz")).Take(400))
        {
            var s = ParserTreebank.From(c);
            if (s == null) continue;
            var gold = ParserTestData.GoldHeads(s);
            if (!ParserTestData.IsProjective(gold) || gold.Count(h => h == 0) != 1) continue;
            Assert.Equal(gold[1..], RunStatic(s)[1..]);
            checkedCount++;
        }
        Assert.True(checkedCount > 300, $"only {checkedCount} projective sentences checked");
    }

    [Fact]
    public void ZeroCostTransitions_ReproduceGoldTree_OfProjectiveSentences()
    {
        foreach (var s in new[] { ParserTestData.Veto(), ParserTestData.Council() })
        {
            var gold = ParserTestData.GoldHeads(s);
            var st = new ArcHybridState();
            st.Reset(s.Forms.Length);
            while (!st.IsTerminal)
            {
                // Take the last free transition, so the test also covers orders the static oracle never picks.
                var free = Enumerable.Range(0, 3).Select(a => (ParserAction)a)
                    .Where(a => st.IsValid(a) && ArcHybridOracle.Cost(st, a, gold) == 0).ToList();
                Assert.NotEmpty(free);
                st.Apply(free[^1], 0);
            }
            Assert.Equal(gold[1..], st.Head[1..(s.Forms.Length + 1)]);
        }
    }

    [Fact]
    public void DynamicOracle_CountsLostArcs_OnHandCase()
    {
        // Russia(1) vetoed(2) the(3) resolution(4) .(5): heads 2 0 4 2 2.
        var s = ParserTestData.Veto();
        var gold = ParserTestData.GoldHeads(s);
        var st = new ArcHybridState();
        st.Reset(5);
        st.Apply(ParserAction.Shift, 0); // stack [0 1], buffer [2 ...]
        Assert.Equal(0, ArcHybridOracle.Cost(st, ParserAction.Left, gold));
        // Shifting "vetoed" over "Russia" loses Russia←vetoed, and root→vetoed ("Russia" would stay in between).
        Assert.Equal(2, ArcHybridOracle.Cost(st, ParserAction.Shift, gold));
        st.Apply(ParserAction.Left, 0); // stack [0], buffer [2 ...]
        st.Apply(ParserAction.Shift, 0); // stack [0 2]
        st.Apply(ParserAction.Shift, 0); // stack [0 2 3], buffer [4 5]
        // Attaching "the" to "vetoed" by right-arc loses the←resolution.
        Assert.Equal(1, ArcHybridOracle.Cost(st, ParserAction.Right, gold));
        Assert.Equal(0, ArcHybridOracle.Cost(st, ParserAction.Left, gold));
        st.Apply(ParserAction.Shift, 0); // stack [0 2 3 4], buffer [5]
        // Now "the" cannot reach "resolution" any more; shifting "." also loses .←vetoed.
        Assert.Equal(1, ArcHybridOracle.Cost(st, ParserAction.Shift, gold));
        // Either arc for "resolution" is wrong, yet free: vetoed→resolution was already out of reach.
        Assert.Equal(0, ArcHybridOracle.Cost(st, ParserAction.Right, gold));
        Assert.Equal(0, ArcHybridOracle.Cost(st, ParserAction.Left, gold));
    }

    [Fact]
    public void Root_TakesOneDependent_OnlyAtTheEnd()
    {
        var st = new ArcHybridState();
        st.Reset(2);
        st.Apply(ParserAction.Shift, 0);
        Assert.False(st.IsValid(ParserAction.Right));
        Assert.True(st.IsValid(ParserAction.Left));
        st.Apply(ParserAction.Shift, 0);
        Assert.True(st.IsValid(ParserAction.Right));
        Assert.False(st.IsValid(ParserAction.Left));
        Assert.False(st.IsValid(ParserAction.Shift));
    }

    private static int[] RunStatic(ParserSentence s)
    {
        var gold = ParserTestData.GoldHeads(s);
        var st = new ArcHybridState();
        st.Reset(s.Forms.Length);
        int guard = 0;
        while (!st.IsTerminal && guard++ < 4 * s.Forms.Length + 4)
            st.Apply(ArcHybridOracle.Static(st, gold), 0);
        Assert.True(st.IsTerminal);
        return st.Head[..(s.Forms.Length + 1)];
    }
}
