using Casus.Language.Parsing;

namespace Casus.Tests.Language.Parsing;

public class AttachmentScoresTests
{
    [Fact]
    public void Las_ComparesUniversalPart_FullLasWholeRelation()
    {
        var s = new AttachmentScores();
        s.Add(2, "nsubj:pass", 2, "nsubj");   // right head, right universal relation, wrong subtype
        s.Add(0, "root", 0, "root");          // all right
        s.Add(2, "obj", 3, "obj");            // wrong head
        s.Add(2, "obl:tmod", 2, "nmod:tmod"); // right head, wrong relation
        Assert.Equal(4, s.Words);
        Assert.Equal(75, s.Uas);
        Assert.Equal(50, s.Las);
        Assert.Equal(25, s.FullLas);
    }
}
