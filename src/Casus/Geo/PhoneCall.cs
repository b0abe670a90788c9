using Casus.Document;

namespace Casus.Geo;

/// <summary>
/// Whether an article reports a phone or video call: its headline or opening sentence says so ("Readout of President
/// Biden's Call with Prime Minister ...", "spoke by phone with"). A call has no place of its own, so nothing the
/// article names is carried to its other sentences. Stateless.
/// </summary>
internal static class PhoneCall
{
    /// <summary>Words that make a headline or opening sentence a call's.</summary>
    private static readonly string[] Markers =
        ["call with", "calls with", "call between", "phone", "telephone", "video call", "videoconference", "video conference"];

    /// <summary>True when the headline or the opening sentence names a call.</summary>
    public static bool Is(Article article)
    {
        if (Names(article.Metadata.Title)) return true;
        if (article.SentenceData.Count == 0) return false;
        var opening = article.SentenceData[0];
        return Names(article.Text.AsSpan(opening.Start, opening.End - opening.Start));
    }

    private static bool Names(ReadOnlySpan<char> text)
    {
        foreach (var marker in Markers)
            if (text.Contains(marker, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
