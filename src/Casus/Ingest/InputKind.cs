namespace Casus.Ingest;

/// <summary>The formats <see cref="ArticleReader"/> understands.</summary>
internal enum InputKind { Unknown, Html, Text, JsonLines }
