namespace CreditBot.Questions;

/// <summary>A keyword phrase: its folded words, the concept it signals and its language (null when both).</summary>
internal sealed record Keyword(string[] Words, Concept Concept, string? Language);
