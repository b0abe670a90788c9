using Casus.Document;
using Casus.Geo;

namespace Casus.Actors.Context;

/// <summary>
/// Reads a seat of government as a city of the same name in another country when the article names that country and
/// never the seat's own (docs/formats/actors.md, "A seat's namesake"): "mediation between rival militias in Tripoli as
/// shells continued crashing into the north Lebanese port" is Lebanon's Tripoli (<c>LBN</c>), not Libya's government.
/// The dictionary gives a seat its country's government ("Tripoli" → <c>LBYGOV</c>) whatever the story; a story about
/// Lebanon that never names Libya means the Lebanese city. Only a seat named alone (its country line, a proper noun),
/// only when the gazetteer has a sizeable place of that name in exactly one country the article names, and that
/// country is named in the seat's own sentence. Runs before the country passes, so that roles near the city take its
/// country. Per-article state; not thread-safe.
/// </summary>
internal sealed class SeatNamesakePass
{
    private readonly Article _article;
    private readonly int _firstMention;
    private readonly Gazetteer? _gazetteer;

    /// <param name="gazetteer">The places; null for <see cref="Gazetteer.Default"/>, loaded only when an article names a
    /// seat whose country it names nowhere else.</param>
    public SeatNamesakePass(Article article, int firstMention, Gazetteer? gazetteer)
    {
        _article = article;
        _firstMention = firstMention;
        _gazetteer = gazetteer;
    }

    /// <summary>Recodes what it can and replaces the stage's mentions when any changed.</summary>
    public void Run()
    {
        var all = _article.Mentions;
        List<Mention>? mentions = null;
        for (int i = _firstMention; i < all.Count; i++)
        {
            var m = all[i];
            string? seatName = IsBareSeat(m) ? m.Text : SeatBeforeInstitution(m);
            if (seatName is null) continue;
            if (Namesake(all, m, seatName) is not { } place) continue;
            mentions ??= _article.MentionsFrom(_firstMention);
            // A bare seat is the city (no GOV); an institution keeps its role ("Georgetown University" → USAEDU).
            var code = ActorCode.Parse(seatName.Length == m.Text.Length ? place.Country : place.Country + m.Code.Value[3..]);
            var evidence = new List<string>(m.Evidence.Count + 1);
            evidence.AddRange(m.Evidence);
            evidence.Add($"a city of the same name in a country the article names, which never names {m.Code.Primary}: "
                + $"{place.Name} (geonames {place.GeoNameId}, population {place.Population}) → {code.Value}");
            mentions[i - _firstMention] = m with { Code = code, Evidence = evidence };
        }
        if (mentions is not null) _article.ReplaceMentions(_firstMention, mentions);
    }

    // A seat of government named alone: code XXXGOV from its country line only, written as a name.
    private bool IsBareSeat(Mention m)
    {
        var code = m.Code.Value;
        if (code.Length != 6 || !code.EndsWith("GOV", StringComparison.Ordinal)) return false;
        if (!Discourse.UnattributedAttackPass.IsSeatName(m)) return false;
        var tokens = _article.Tokens;
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
            if (tokens[t].Upos != Upos.PROPN) return false;
        return true;
    }

    // "Georgetown University Law Center": a seat (its country line, written as a name at the phrase's start) before an
    // institution word of institutions.txt, whose role the roles line gives (EDU): the seat's name, else null. The
    // institution is where its namesake city is, as a bare seat is that city (institutions.txt: a capital in such a
    // name says where the institution is).
    private string? SeatBeforeInstitution(Mention m)
    {
        var code = m.Code.Value;
        if (code.Length != 6) return null;
        string? seat = null;
        int lines = 0;
        foreach (var e in m.Evidence)
        {
            if (!e.StartsWith("actors/", StringComparison.Ordinal)) continue;
            lines++;
            if (e.StartsWith("actors/countries.txt:", StringComparison.Ordinal))
            {
                int space = e.IndexOf(' '), arrow = e.IndexOf(" → ", StringComparison.Ordinal);
                if (space < 0 || arrow <= space) return null;
                seat = e[(space + 1)..arrow];
            }
            else if (!e.StartsWith("actors/roles.txt:", StringComparison.Ordinal)) return null;
        }
        if (seat is null || lines != 2 || !m.Text.StartsWith(seat, StringComparison.Ordinal) || m.Text.Length == seat.Length) return null;
        // The seat's words are proper nouns and the next word is an institution word.
        var tokens = _article.Tokens;
        int t = m.Tokens.First, chars = 0;
        while (t < m.Tokens.End && chars < seat.Length)
        {
            if (tokens[t].Upos != Upos.PROPN) return null;
            chars = tokens[t].End - tokens[m.Tokens.First].Start;
            t++;
        }
        if (chars != seat.Length || t >= m.Tokens.End || !InstitutionWords.Default.IsInstitution(tokens[t].Span)) return null;
        return seat;
    }

    // The place of the seat's name in the one other country the article names (in the seat's own sentence too), when
    // no other mention of the article is of the seat's country; null otherwise.
    private GeoPlace? Namesake(IReadOnlyList<Mention> all, Mention seat, string name)
    {
        string own = seat.Code.Primary;
        foreach (var other in all)
            if (!ReferenceEquals(other, seat) && other.Code.Primary == own && !SameName(other, seat)) return null;
        var places = (_gazetteer ?? Gazetteer.Default).Places(name);
        if (places.Count == 0) return null;
        long top = 0;
        foreach (var p in places) top = Math.Max(top, p.Population);
        long floor = Math.Max(PlaceCountries.MinPopulation, top / 10);
        GeoPlace? chosen = null;
        foreach (var p in places)
        {
            if (p.Country == own || p.Population < floor || !NamedIn(all, p.Country, seat.Sentence)) continue;
            if (chosen is not null && chosen.Country != p.Country) return null; // two candidates: no reading
            if (chosen is null || p.Population > chosen.Population) chosen = p;
        }
        return chosen;
    }

    // The seat named again ("Tripoli ... Tripoli") is no other mention of its country.
    private static bool SameName(Mention a, Mention b) => string.Equals(a.Text, b.Text, StringComparison.OrdinalIgnoreCase);

    private static bool NamedIn(IReadOnlyList<Mention> all, string country, int sentence)
    {
        foreach (var m in all)
            if (m.Sentence == sentence && m.Code.Primary == country) return true;
        return false;
    }
}
