using Casus.Document;

namespace Casus.Actors.Coreference;

/// <summary>
/// A later mention of a person the dictionaries lack ("Mr. Sullivan", "he") and the full name it refers to
/// ("Jake Sullivan" in "National Security Advisor Jake Sullivan"). <see cref="CoreferencePass"/> finds the link
/// before the country passes have run; <see cref="UncodedLinkPass"/> codes the mention once they have.
/// </summary>
/// <param name="Sentence">Sentence of the later mention.</param>
/// <param name="Tokens">The later mention's tokens (with its title: "Mr. Sullivan").</param>
/// <param name="Text">The later mention as written.</param>
/// <param name="NameSentence">Sentence of the full name.</param>
/// <param name="Name">The full name's tokens.</param>
/// <param name="NameText">The full name as written.</param>
internal readonly record struct UncodedLink(int Sentence, TokenSpan Tokens, string Text, int NameSentence, TokenSpan Name, string NameText);
