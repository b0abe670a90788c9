using Casus.Coding;

namespace Casus.Output;

/// <summary>Names of CAMEO event codes, for output meant to be read ("0231" → "Appeal for economic aid").
/// The product implementation sits over the CAMEO catalogue.</summary>
public interface ICameoNames
{
    /// <summary>The code's name, or null when unknown.</summary>
    string? NameOf(CameoCode code);
}
