using Casus.Language.Conllu;

namespace Casus.Tests.Language;

/// <summary>Tiny hand-made treebank text shared by the language tests.</summary>
internal static class LanguageTestData
{
    public const string Conllu = """
# sent_id = t-1
# text = The cats walked home .
1	The	the	DET	DT	_	2	det	_	_
2	cats	cat	NOUN	NNS	_	3	nsubj	_	_
3	walked	walk	VERB	VBD	_	0	root	_	_
4	home	home	ADV	RB	_	3	advmod	_	_
5	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = t-2
# text = Dogs talked loudly .
1	Dogs	dog	NOUN	NNS	_	2	nsubj	_	_
2	talked	talk	VERB	VBD	_	0	root	_	_
3	loudly	loudly	ADV	RB	_	2	advmod	_	_
4	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = t-3
# text = The children went to Paris .
1	The	the	DET	DT	_	2	det	_	_
2	children	child	NOUN	NNS	_	3	nsubj	_	_
3	went	go	VERB	VBD	_	0	root	_	_
4	to	to	ADP	IN	_	5	case	_	_
5	Paris	Paris	PROPN	NNP	_	3	obl	_	_
6	.	.	PUNCT	.	_	3	punct	_	_

""";

    public static List<ConlluSentence> Sentences() => ConlluReader.Read(new StringReader(Conllu), "test").ToList();
}
