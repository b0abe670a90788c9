using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>
/// "met with President Barham Salih, Prime Minister Mustafa al-Kadhimi, and ...": the parser often hangs the next
/// member of a comma list of office holders on the first as an apposition. A titled apposition that kept a mention of
/// its own (the actor stage refused to join two named people) is a member of the list, as a conjunct is; an
/// untitled one ("Brussels, Belgium") is not (docs/formats/actors.md, "Lists of titled names").
/// </summary>
public class ApposedListMemberTests
{
    [Fact]
    public void A_titled_apposition_with_a_mention_of_its_own_is_a_member()
    {
        var events = ParsedArticles.Code("""
            1 Biden       Biden       PROPN NNP 2 nsubj    B-USAGOV
            2 met         meet        VERB  VBD 0 root     _
            3 President   President   PROPN NNP 4 compound B-FRAGOV
            4 Macron      Macron      PROPN NNP 2 obj      I-FRAGOV
            5 ,           ,           PUNCT ,   7 punct    _
            6 Chancellor  Chancellor  PROPN NNP 7 compound B-DEUGOV
            7 Scholz      Scholz      PROPN NNP 4 appos    I-DEUGOV
            8 .           .           PUNCT .   2 punct    _
            """);
        Assert.Contains(events, e => e.StartsWith("USAGOV FRAGOV 04", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("USAGOV DEUGOV 04", StringComparison.Ordinal));
    }

    [Fact]
    public void An_untitled_apposition_is_no_member()
    {
        // "met President Macron, France ...": a place or a country after a comma describes, it is no second guest.
        var events = ParsedArticles.Code("""
            1 Biden       Biden       PROPN NNP 2 nsubj    B-USAGOV
            2 met         meet        VERB  VBD 0 root     _
            3 President   President   PROPN NNP 4 compound B-FRAGOV
            4 Macron      Macron      PROPN NNP 2 obj      I-FRAGOV
            5 ,           ,           PUNCT ,   6 punct    _
            6 Germany     Germany     PROPN NNP 4 appos    B-DEU
            7 .           .           PUNCT .   2 punct    _
            """);
        Assert.Contains(events, e => e.StartsWith("USAGOV FRAGOV 04", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.StartsWith("USAGOV DEU", StringComparison.Ordinal));
    }
}
