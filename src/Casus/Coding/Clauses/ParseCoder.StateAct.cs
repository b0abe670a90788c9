using Casus.Actors;
using Casus.Actors.Context;
using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    // The country the article is about (ContextCountryPass.MainCountry), looked up once, on the first agentless state act.
    private string? _mainCountry;
    private bool _mainCountryRead;

    /// <summary>
    /// Codes an agentless passive of an act only a state does (data/verbs/state_acts.txt): "dozens of protesters were
    /// arrested in Cairo" is the police's act, "the journalist was sentenced" the courts'. The source is that organ of
    /// the country where it happened, in the order the context-country passes use: a place in the verb's own phrases
    /// ("in Cairo"), the patients' own country, the one country the sentence names, the country the article is about.
    /// The targets are the patients. Returns false, leaving the act uncoded, when the act is not a state's alone or no
    /// country is found.
    /// </summary>
    private bool CodeStateAct(int sentence, in TreeMatch match, CameoCode code, List<string> notes)
    {
        if (!_stage.Options.StateActSources) return false;
        var act = match.ComplementPattern ?? match.Pattern;
        if (_stage.StateActs.Find(act) is not { } organ) return false;
        // Only an act reported as done: "could be prosecuted if they travel to Uganda" or "will be deported" says what a
        // state might do, and whose state is less sure than for an arrest that happened.
        if (code != act.Code) return false;
        int v = match.Verb;
        // "The civilians imprisoned for acting against Moscow were released": a participle that describes a noun tells
        // who the people are, usually from an earlier report, not an act the sentence reports.
        // So does a relative clause ("five Americans who were unjustly detained"), for the same reason.
        if (_tree.Is(v, "acl") || _tree.Is(v, "amod") || IsRelativeSubject(_tree.Child(v, "nsubj:pass"))) return false;
        // "The PKK is banned in Turkey", "Americans who are held hostage or wrongfully detained", "its members are charged
        // with promoting ...": a passive in the present or a gerund is a standing state or a duty, not an act done.
        if (IsStatePassive(_clauses.AuxiliarySource(v))) return false;
        if (StateActCountry(sentence, v, act.Code, out string why) is not { } country) return false;
        var actor = ActorCode.Parse(country + organ.Role);
        // The police do not arrest themselves in the event data: "two policemen were arrested" names no other side.
        var targets = new List<Mention>(_patients.Count);
        foreach (int p in _patients)
            if (InCountry(_tree.Mentions[p], country) is var t && t.Code != actor) targets.Add(t);
        if (targets.Count == 0) return false;
        var source = new Mention(sentence, new TokenSpan(v, 1), organ.Organ, actor,
        [
            $"{StateActs.ResourceName}:{organ.Line} {organ.Entry} → {organ.Role}",
            $"{InferredNote}an agentless passive of a state act; {why} → {actor.Value}",
        ]);
        notes.Add("passive");
        notes.Add($"agentless state act: the {organ.Organ} of {country} is the source; its subject is the target");
        AddPathNotes(notes, v, -1, FirstTokenNode(_patients[0]), "the organ that does the act (no by-phrase); its subject is the target");
        var trigger = new TokenSpan(v, match.LastWord - v + 1);
        for (int i = 0; i < targets.Count; i++)
            EventEmitter.Emit(_stage, _article, sentence, match.Pattern, trigger, code, source, targets[i],
                "passive-state-act", notes, null, targets.Count > 1 ? $"compound target member {i + 1} of {targets.Count}" : null);
        return true;
    }

    /// <summary>A patient of a state act that names no country is in the country where it was done: those arrested
    /// in Cairo are there, as the context-country pass reads "police arrested protesters in Cairo" (EGYOPP).</summary>
    private static Mention InCountry(Mention m, string country)
    {
        if (m.Code.Primary != "---" || !ContextCountryPass.NeedsCountry(m.Code)) return m;
        var code = ActorCode.Parse(country + m.Code.Value[3..]);
        return m with { Code = code, Evidence = [.. m.Evidence, $"{ContextCountry.NotePrefix}where the state act was done → {code.Value}"] };
    }

    /// <summary>The evidence of a source this reading inferred starts with this.</summary>
    internal const string InferredNote = "inferred source: ";

    /// <summary>The country the act happened in (see <see cref="CodeStateAct"/>), with where it came from.</summary>
    private string? StateActCountry(int sentence, int v, CameoCode code, out string why)
    {
        // 1. A place in the verb's phrases: "were arrested in Cairo", "detained at Istanbul airport", and for an
        // expulsion the place left ("were deported from Germany").
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
        {
            if (!_tree.Is(c, "obl")) continue;
            int k = _tree.CaseOf(c);
            if (k < 0) continue;
            bool expelled = code.Digits.StartsWith("174", StringComparison.Ordinal);
            bool place = IsPlaceCase(k) || expelled && _tree.IsWord(k, "from");
            if (place && PlaceCountryAt(sentence, c, out why) is { } here) return here;
            for (int g = _tree.FirstChild(c); g >= 0; g = _tree.NextSibling(g))
            {
                if (g < c || !_tree.Is(g, "nmod") || _tree.CaseOf(g) is not (int gk and >= 0)) continue;
                // "in the city of Alexandria", "in the province of Sindh" (a place word's of-phrase only: "at the
                // embassy of France" is not in France); "sentenced to five years in prison in Iran"; "deported to
                // Afghanistan from Pakistan", where a parser hangs the place left on the destination.
                bool within = place && _tree.IsWord(gk, "of") && IsPlaceWord(c)
                    || _tree.IsWord(gk, "in") && !_tree.IsWord(k, "from")
                    || expelled && _tree.IsWord(gk, "from");
                if (within && PlaceCountryAt(sentence, g, out why) is { } there) return there;
            }
        }
        // 2–3. The patients' own country, or the one country the sentence names (not a destination: "deported to
        // Mexico"), when the sentence names no other.
        string? only = null, reporter = null;
        for (int m = 0; m < _tree.Mentions.Count; m++)
        {
            var mention = _tree.Mentions[m];
            if (mention.Sentence != sentence || !ContextCountryPass.IsCountry(mention.Code.Primary)) continue;
            // The one who reports it does not say where it happened ("according to the BBC"), unless the report is
            // about them ("two Egyptian journalists were detained"); but a reporter of another country than the
            // sentence's makes it uncertain ("Iranian state media said two American hikers were arrested": Iran's act).
            if (!_patients.Contains(m) && (IsAttribution(m) || IsMedia(mention.Code)))
            {
                reporter ??= mention.Code.Primary;
                continue;
            }
            // A country the actor stage gave a patient from the sentence is one of the signals above, not another.
            if (ContextCountry.FromContext(mention)) continue;
            int head = FirstTokenNode(m);
            if (_tree.CaseOf(head) is int k and >= 0 && (_tree.IsWord(k, "to") || _tree.IsWord(k, "into"))) continue;
            if (only is null) { only = mention.Code.Primary; why = $"the sentence's one country, '{mention.Text}'"; }
            else if (only != mention.Code.Primary) { only = null; break; }
        }
        if (only is not null && reporter is not null && reporter != only) only = null;
        if (!_mainCountryRead)
        {
            _mainCountry = ContextCountryPass.MainCountry(_article.Mentions);
            _mainCountryRead = true;
        }
        if (only is not null)
        {
            // A sentence about foreigners ("two Americans were arrested") in an article about another country is
            // that country's act.
            if (_mainCountry is null || _mainCountry == only)
            {
                why = $"the sentence's one country ({only})";
                return only;
            }
        }
        // 4. The country the article is about.
        if (_mainCountry is not null && (only is null || only == _mainCountry))
        {
            why = $"the country the article is about ({_mainCountry})";
            return _mainCountry;
        }
        why = "";
        return null;
    }

    /// <summary>The country of the place or bare country at <paramref name="n"/>, or null.</summary>
    private string? PlaceCountryAt(int sentence, int n, out string why)
    {
        why = "";
        if (_tree.MentionAtHead(n) is int m and >= 0)
        {
            var mention = _tree.Mentions[m];
            var code = mention.Code.Value;
            bool bare = code.Length == 3 && ContextCountryPass.IsCountry(code);
            bool seat = code.Length == 6 && code.EndsWith("GOV", StringComparison.Ordinal) && _tree.Upos(n) == Upos.PROPN
                && Casus.Actors.Discourse.UnattributedAttackPass.IsSeatName(mention);
            if (!bare && !seat) return null;
            why = $"the place it happened, '{mention.Text}'";
            return mention.Code.Primary;
        }
        if (!_targetFallback.PlaceAt(sentence, n, out var place, out var entry)) return null;
        if (!ContextCountryPass.IsCountry(entry.Country.Primary)) return null;
        why = $"the place it happened, '{place.Text}' ({entry.Evidence})";
        return entry.Country.Primary;
    }

    private static bool IsMedia(ActorCode code)
    {
        foreach (var r in code.Roles) if (r == "MED") return true;
        return false;
    }

    private bool IsRelativeSubject(int n) =>
        n >= 0 && (_tree.IsWord(n, "who") || _tree.IsWord(n, "that") || _tree.IsWord(n, "which") || _tree.IsWord(n, "whom"));

    /// <summary>True when the passive auxiliary of <paramref name="v"/> is a present or a gerund ("is", "are", "'s",
    /// "being") with no perfect auxiliary before it; a past ("was", "were"), a perfect ("has been"), a modal's "be" and a
    /// headline's bare participle ("Dozens arrested in Cairo") report an act.</summary>
    private bool IsStatePassive(int v)
    {
        for (int c = _tree.FirstChild(v); c >= 0 && c < v; c = _tree.NextSibling(c))
        {
            if (!_tree.Is(c, "aux", exact: true) && !_tree.Is(c, "aux:pass", exact: true)) continue;
            if (_tree.IsWord(c, "is") || _tree.IsWord(c, "are") || _tree.IsWord(c, "am") || _tree.IsWord(c, "'s")
                || _tree.IsWord(c, "’s") || _tree.IsWord(c, "being")) return true;
            if (_tree.Is(c, "aux", exact: true)) return false; // "has been", "will be", "had been"
        }
        return false;
    }

    private bool IsPlaceWord(int n) =>
        _tree.IsWord(n, "city") || _tree.IsWord(n, "town") || _tree.IsWord(n, "village") || _tree.IsWord(n, "province")
        || _tree.IsWord(n, "region") || _tree.IsWord(n, "district") || _tree.IsWord(n, "capital") || _tree.IsWord(n, "state");

    private bool IsPlaceCase(int k) =>
        _tree.IsWord(k, "in") || _tree.IsWord(k, "at") || _tree.IsWord(k, "near") || _tree.IsWord(k, "inside")
        || _tree.IsWord(k, "across") || _tree.IsWord(k, "throughout") || _tree.IsWord(k, "outside");
}
