using System.Collections.Frozen;

namespace Casus.Coding;

/// <summary>
/// How CAMEO codes an act that is not done but announced, asked for, demanded, refused or threatened: the frame
/// verb's root (03 intent, 02 appeal, 10 demand, 12 reject, 13 threaten) and the framed act's code give the event
/// code. "pledged to provide aid" = intent (03) × provide economic aid (071) → 0331; "refused to release" = 12 ×
/// 0841 → 1243. The pairs follow the parallel structure of the CAMEO 1.1b3 manual's roots 02, 03, 10, 12 and 13.
/// </summary>
public static class ComplementFrames
{
    // Framed act code (or its prefix) → code under each frame. Longest prefix wins. An act the dictionary codes as an
    // intent itself ("accept mediation" 038, "offer aid" 033) keeps its kind under a frame: CAMEO's 02, 03, 10 and 12
    // run parallel to 03 code by code (038 accept mediation → 028 appeal for it, 108 demand it, 126 reject it), and an
    // intent to express that intent ("agreed to accept mediation") is the intent itself, not the general 030.
    private static readonly FrozenDictionary<string, string> Intent = Table(
        "03=030 04=036 040=036 041=036 042=036 043=036 044=036 045=039 046=036 05=032 057=030 " +
        "06=031 061=0311 062=0312 063=0313 064=0314 07=033 071=0331 072=0332 073=0333 074=0334 075=033 " +
        "08=035 081=0351 082=0352 083=034 0831=0341 0832=0342 0833=0343 0834=0344 084=0353 085=0354 086=0355 087=0356" +
        " 030=030 031=031 0311=0311 0312=0312 0313=0313 0314=0314 032=032 033=033 0331=0331 0332=0332 0333=0333 0334=0334 034=034 0341=0341 0342=0342 0343=0343 0344=0344 035=035 0351=0351 0352=0352 0353=0353 0354=0354 0355=0355 0356=0356 036=036 037=037 038=038 039=039");
    private static readonly FrozenDictionary<string, string> Appeal = Table(
        "04=026 045=028 046=026 05=022 057=027 06=021 061=0211 062=0212 063=0213 064=0214 " +
        "07=023 071=0231 072=0232 073=0233 074=0234 08=025 081=0251 082=0252 083=024 0831=0241 0832=0242 0833=0243 " +
        "0834=0244 084=0253 085=0254 086=0255 087=0256" +
        " 031=021 0311=0211 0312=0212 0313=0213 0314=0214 032=022 033=023 0331=0231 0332=0232 0333=0233 0334=0234 034=024 0341=0241 0342=0242 0343=0243 0344=0244 035=025 0351=0251 0352=0252 0353=0253 0354=0254 0355=0255 0356=0256 036=026 037=027 038=028 039=028");
    private static readonly FrozenDictionary<string, string> Demand = Table(
        "04=106 045=108 046=106 05=102 057=107 06=101 061=1011 062=1012 063=1013 064=1014 " +
        "07=103 071=1031 072=1032 073=1033 074=1034 08=105 081=1051 082=1052 083=104 0831=1041 0832=1042 0833=1043 " +
        "0834=1044 084=1053 085=1054 086=1055 087=1056" +
        " 031=101 0311=1011 0312=1012 0313=1013 0314=1014 032=102 033=103 0331=1031 0332=1032 0333=1033 0334=1034 034=104 0341=1041 0342=1042 0343=1043 0344=1044 035=105 0351=1051 0352=1052 0353=1053 0354=1054 0355=1055 0356=1056 036=106 037=107 038=108 039=108");
    private static readonly FrozenDictionary<string, string> Reject = Table(
        "04=125 045=126 046=125 05=120 057=127 06=121 061=1211 062=1212 07=122 071=1221 072=1222 073=1223 074=1224 " +
        "08=124 081=1241 082=1242 083=123 0831=1231 0832=1232 0833=1233 0834=1234 084=1243 085=1244 086=1245 087=1246" +
        " 031=121 0311=1211 0312=1212 033=122 0331=1221 0332=1222 0333=1223 0334=1224 034=123 0341=1231 0342=1232 0343=1233 0344=1234 035=124 0351=1241 0352=1242 0353=1243 0354=1244 0355=1245 0356=1246 036=125 037=127 038=126 039=126");
    private static readonly FrozenDictionary<string, string> Threat = Table(
        "14=133 15=138 16=131 161=1313 162=1311 163=1312 164=134 165=135 166=136 " +
        "17=130 171=131 172=132 1721=1321 1722=1322 1723=1323 1724=1324 173=137 174=137 175=137 " +
        "18=1383 19=138 190=1384 191=1381 192=1382 193=1384 194=1384 195=1384 196=1384 20=1383 204=1385");

    /// <summary>
    /// The code of <paramref name="framed"/> said under a frame of root <paramref name="frameRoot"/>; null when CAMEO
    /// has no such code (then the frame verb's own code applies, or no event). Announced conflict (intent to attack)
    /// is a threat: CAMEO codes statements of future force under 13.
    /// </summary>
    public static CameoCode? Apply(int frameRoot, CameoCode framed)
    {
        var table = frameRoot switch
        {
            3 => framed.Root >= 14 ? Threat : Intent,
            2 => Appeal,
            10 => Demand,
            12 => Reject,
            13 => Threat,
            _ => null,
        };
        if (table == null) return null;
        var d = framed.Digits;
        for (int len = d.Length; len >= 2; len--)
            if (table.TryGetValue(d[..len], out var code)) return CameoCode.Parse(code);
        return null;
    }

    /// <summary>
    /// The act a binding command imposes: a restriction, sanction or expulsion (CAMEO roots 16 and 17) framed under
    /// "order", "force" (<see cref="FrameWordList.BindingCommandVerbs"/>) is done by the one who commands it, so it
    /// keeps its own code ("ordered the newspaper to suspend publication" → 1721, not the demand 100). Null for any
    /// other act, which stays a demand or the command verb's own code.
    /// </summary>
    public static CameoCode? Imposed(string commandLemma, CameoCode framed) =>
        framed.Root is 16 or 17 && FrameWords.Default.Contains(FrameWordList.BindingCommandVerbs, commandLemma) ? framed : null;

    /// <summary>
    /// Whether a framed-only entry ("to shut down", "to hold elections") may be read under the frame entry
    /// <paramref name="frame"/>. A restriction or expulsion framed-only ("to shut down", "to leave country") is the
    /// ordered party stopping its own activity: an act only as imposed by a binding command ("ordered the network to
    /// shut down"); said of itself ("the company plans to shut down") it is no event. Others need a frame root, or
    /// a permission (root 08 with a <c>to &lt;verb&gt;</c> slot: "allow|permit X to", "give permission to X to"): what
    /// one lets another do is an act announced, not done, like what one asks of it, so "gave permission to Russia to
    /// help Israel" is a yield to Russia (080) as "asked Russia to help Israel" is an appeal (023).
    /// </summary>
    public static bool FramedOnlyFits(Verbs.VerbPattern frame, Verbs.VerbPattern framed) =>
        framed.Code.Root is 16 or 17
            ? Imposed(frame.Lemma, framed.Code) != null
            : frame.Code.Root is 2 or 3 or 8 or 10 or 12 or 13;

    /// <summary>True for the roots whose entries frame the act in their <c>to &lt;verb&gt;</c> slot (02 appeal, 03 intent,
    /// 10 demand, 12 reject, 13 threaten): there a known act CAMEO has no framed code for is no match. Outside them
    /// (permissions, 08) the slot only asks for a known act and the entry keeps its own code.</summary>
    public static bool IsFrameRoot(int root) => root is 2 or 3 or 10 or 12 or 13;

    /// <summary>
    /// Whether <paramref name="frame"/> asks its object for any act the dictionary knows, even one CAMEO has no appeal
    /// code for: an appeal by a verb of wishing (<see cref="FrameWordList.WishVerbs"/>) with a target before its
    /// complement slot <paramref name="slot"/> ("want &lt;obj&gt; to &lt;verb&gt;"). What X wants Y to do is asked of Y
    /// ("wants Putin to attack X" → the general appeal 020), where under the other frames such an act gives no event
    /// and a forecast ("expects Y to attack") is no appeal at all.
    /// </summary>
    public static bool AsksAnyAct(Verbs.VerbPattern frame, int slot)
    {
        if (frame.Code.Root != 2 || !FrameWords.Default.Contains(FrameWordList.WishVerbs, frame.Lemma)) return false;
        for (int i = 0; i < slot && i < frame.Elements.Count; i++)
            if (frame.Elements[i].Kind == Verbs.PatternElementKind.Target) return true;
        return false;
    }

    private static FrozenDictionary<string, string> Table(string pairs)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = p.IndexOf('=');
            d.Add(p[..eq], p[(eq + 1)..]);
        }
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
