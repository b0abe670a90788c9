namespace Casus.Extraction;

/// <summary>Metadata read from a page's head, JSON-LD and DOM.</summary>
internal sealed record PageMetadata(string? Title, DateOnly? Published, IReadOnlyList<string> Authors, string? Site, string? Url);
