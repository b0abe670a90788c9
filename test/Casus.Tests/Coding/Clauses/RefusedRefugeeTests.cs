using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Taking in refugees is granting refuge (075) with their origin as an optional target, so a refusal to take
/// them in is coded whether or not the origin is named ("will not accept any more refugees" → 122).</summary>
public class RefusedRefugeeTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    // "Jordan <aux> <not> accept more refugees [from Syria] ."
    private static string Accept(string? aux, bool negated, bool origin) => $$"""
        1 Jordan   Jordan   PROPN NNP 4 nsubj  B-JOR
        2 {{aux ?? "has"}} {{aux ?? "have"}} AUX {{(aux is null ? "VBZ" : "MD")}} 4 aux _
        3 {{(negated ? "not" : "also")}} {{(negated ? "not" : "also")}} PART RB 4 advmod _
        4 {{(aux is null ? "accepted" : "accept")}} accept VERB {{(aux is null ? "VBN" : "VB")}} 0 root _
        5 more     more     ADJ   JJR 6 amod   _
        6 refugees refugee  NOUN  NNS 4 obj    _
        {{(origin ? "7 from from ADP IN 8 case _\n8 Syria Syria PROPN NNP 6 nmod B-SYR\n9 . . PUNCT . 4 punct _" : "7 . . PUNCT . 4 punct _")}}
        """;

    [Fact]
    public void Accepting_refugees_grants_refuge_with_or_without_their_origin()
    {
        Assert.Equal(["JOR SYR 075"], Code(Accept(null, negated: false, origin: true)));
        Assert.Equal(["JOR - 075"], Code(Accept(null, negated: false, origin: false)));
    }

    [Fact]
    public void Refusing_to_take_in_refugees_is_a_rejection_with_or_without_their_origin()
    {
        Assert.Equal(["JOR SYR 122"], Code(Accept("will", negated: true, origin: true)));
        Assert.Equal(["JOR - 122"], Code(Accept("will", negated: true, origin: false)));
    }
}
