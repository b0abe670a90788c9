using Casus.Document;
using Casus.Text;

namespace Casus.Actors.Discourse;

/// <summary>
/// An article's headline split into tokens, for the passes that read it (<see cref="ArticleCountryPass"/> and
/// <see cref="HeadlinePersonPass"/>). The article's own tokens are the body's, so the headline is tokenised on its
/// own: that costs about as much as a short article, so it is done at most once per article, and only when a pass
/// asks. Per-article state, not thread-safe.
/// </summary>
internal sealed class HeadlineTokens
{
    private readonly Article _article;
    private readonly TextStage _text;
    private Article? _headline;

    public HeadlineTokens(Article article, TextStage text)
    {
        _article = article;
        _text = text;
    }

    /// <summary>The headline as an article of its own (text and tokens), or null when the article has none.</summary>
    public Article? Get()
    {
        if (_headline is not null) return _headline;
        var title = _article.Metadata.Title;
        if (string.IsNullOrWhiteSpace(title)) return null;
        var headline = new Article(_article.Id + "#headline", title);
        _text.Process(headline);
        return _headline = headline;
    }
}
