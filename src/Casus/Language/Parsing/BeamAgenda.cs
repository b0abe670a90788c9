namespace Casus.Language.Parsing;

/// <summary>
/// The best <c>width</c> candidates of one beam-search step: (score, beam item they extend, transition), kept sorted
/// best first. A tie keeps the candidate offered first, so decoding and training are deterministic. Arrays are sized
/// once per width and reused.
/// </summary>
internal sealed class BeamAgenda
{
    public double[] Score = Array.Empty<double>();
    public int[] Parent = Array.Empty<int>();
    public ParserAction[] Action = Array.Empty<ParserAction>();
    public int Count;
    private int _width;

    /// <summary>Empties the agenda for up to <paramref name="width"/> candidates.</summary>
    public void Clear(int width)
    {
        if (Score.Length < width) { Score = new double[width]; Parent = new int[width]; Action = new ParserAction[width]; }
        _width = width;
        Count = 0;
    }

    /// <summary>Keeps the candidate when it is among the best <c>width</c> so far.</summary>
    public void Offer(double score, int parent, ParserAction action)
    {
        if (Count == _width && score <= Score[Count - 1]) return;
        int pos = Count < _width ? Count++ : Count - 1;
        while (pos > 0 && Score[pos - 1] < score)
        {
            Score[pos] = Score[pos - 1]; Parent[pos] = Parent[pos - 1]; Action[pos] = Action[pos - 1];
            pos--;
        }
        Score[pos] = score; Parent[pos] = parent; Action[pos] = action;
    }
}
