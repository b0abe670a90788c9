using Casus.Document;
using Casus.Language.Conllu;
using Casus.Language.Parsing;

namespace Casus.Tests.Language.Parsing;

/// <summary>Hand-built sentences for the parser tests.</summary>
internal static class ParserTestData
{
    /// <summary>"Russia vetoed the resolution ." with gold tags and tree.</summary>
    public static ParserSentence Veto() => new(
        ["Russia", "vetoed", "the", "resolution", "."],
        ["NNP", "VBD", "DT", "NN", "."],
        [Upos.PROPN, Upos.VERB, Upos.DET, Upos.NOUN, Upos.PUNCT],
        [2, 0, 4, 2, 2],
        ["nsubj", "root", "det", "obj", "punct"]);

    /// <summary>"The council , which met on Monday , was told to act ." (projective, with a relative clause).</summary>
    public static ParserSentence Council() => new(
        ["The", "council", ",", "which", "met", "on", "Monday", ",", "was", "told", "to", "act", "."],
        ["DT", "NN", ",", "WDT", "VBD", "IN", "NNP", ",", "VBD", "VBN", "TO", "VB", "."],
        [Upos.DET, Upos.NOUN, Upos.PUNCT, Upos.PRON, Upos.VERB, Upos.ADP, Upos.PROPN, Upos.PUNCT, Upos.AUX, Upos.VERB, Upos.PART, Upos.VERB, Upos.PUNCT],
        [2, 10, 5, 5, 2, 7, 5, 5, 10, 0, 12, 10, 10],
        ["det", "nsubj:pass", "punct", "nsubj", "acl:relcl", "case", "obl", "punct", "aux:pass", "root", "mark", "xcomp", "punct"]);

    /// <summary>The first <paramref name="count"/> sentences of EWT dev with gold tags and trees.</summary>
    public static List<ParserSentence> DevSlice(int count) =>
        ConlluReader.ReadFile(TestPaths.SharedData("ud/en_ewt-ud-dev.conllu.gz")).Take(count)
            .Select(ParserTreebank.From).OfType<ParserSentence>().ToList();

    /// <summary>Small tables and two epochs: enough to learn a slice in a test.</summary>
    public static readonly ParserTrainingOptions Small = new() { Epochs = 2, ActionBits = 16, LabelBits = 12 };

    /// <summary>The bytes <see cref="ParserModel.Save"/> writes.</summary>
    public static byte[] Bytes(ParserModel model)
    {
        var ms = new MemoryStream();
        model.Save(ms);
        return ms.ToArray();
    }

    public static SentenceFeatures Features(ParserSentence s)
    {
        var sf = new SentenceFeatures();
        sf.Reset(s.Forms.Length);
        for (int i = 0; i < s.Forms.Length; i++) sf.Set(i + 1, s.Forms[i], s.Xpos[i], s.Upos[i]);
        return sf;
    }

    /// <summary>Gold heads indexed 1..n (slot 0 unused).</summary>
    public static int[] GoldHeads(ParserSentence s) => [-1, .. s.Heads];

    public static bool IsProjective(int[] heads1)
    {
        int n = heads1.Length - 1;
        for (int d = 1; d <= n; d++)
        {
            int h = heads1[d], lo = Math.Min(h, d), hi = Math.Max(h, d);
            for (int k = lo + 1; k < hi; k++)
            {
                // Every word strictly between a head and its dependent must descend from the head.
                int a = k;
                while (a != 0 && a != h) a = heads1[a];
                if (a != h) return false;
            }
        }
        return true;
    }
}
