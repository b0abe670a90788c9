namespace Casus.Coding;

/// <summary>The four broad classes of CAMEO events (GDELT's numbering).</summary>
public enum QuadClass : byte
{
    /// <summary>1: verbal cooperation (roots 01–05).</summary>
    VerbalCooperation = 1,
    /// <summary>2: material cooperation (06–08).</summary>
    MaterialCooperation = 2,
    /// <summary>3: verbal conflict (09–13).</summary>
    VerbalConflict = 3,
    /// <summary>4: material conflict (14–20).</summary>
    MaterialConflict = 4,
}
