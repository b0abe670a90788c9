using Casus.Language.Entities;
using Casus.Language.Models;
using Casus.Language.Tagging;

namespace Casus.Tests.Language.Entities;

public class DocumentMemoryTests
{
    private static WordHashes[] Hashes(params string[] words)
    {
        var st = SentenceText.Of(words);
        var h = new WordHashes[words.Length + 4];
        TaggerFeatures.Prepare(st.Text, st.Starts, st.Ends, h, WordClusters.Empty);
        return h;
    }

    [Fact]
    public void A_word_borrows_the_type_other_sentences_give_it_but_not_its_own()
    {
        var m = new DocumentMemory();
        var s1 = Hashes("Miramar", "is", "in", "Florida");
        int[] c1 = [5, 0, 0, 5]; // B-LOC ... B-LOC
        var s2 = Hashes("i", "think", "miramar", "was", "a", "goat");
        int[] c2 = [0, 0, 0, 0, 0, 0];
        m.Add(s1, c1);
        m.Add(s2, c2);
        var codes = new int[6];
        m.Codes(s2, c2, codes);
        Assert.Equal([0, 0, 3, 0, 0, 0], codes); // place, seen once, any case
        var own = new int[4];
        m.Codes(s1, c1, own);
        Assert.Equal([0, 0, 0, 0], own); // its own labels do not count
    }

    [Fact]
    public void Repeated_and_competing_labels_have_their_own_codes()
    {
        var m = new DocumentMemory();
        m.Add(Hashes("Jordan", "said"), [1, 0]);
        m.Add(Hashes("Jordan", "left"), [1, 0]);
        m.Add(Hashes("in", "Jordan"), [0, 5]);
        var codes = new int[2];
        m.Codes(Hashes("Jordan", "won"), [], codes);
        Assert.Equal(1 + 3 + 6, codes[0]); // person twice, and a competing place
    }
}
