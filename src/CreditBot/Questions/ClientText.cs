namespace CreditBot.Questions;

/// <summary>A client query (or scope value) as the user typed it, and the token indexes it came from.</summary>
internal sealed record ClientText(string Text, IReadOnlyList<int> Indexes)
{
    public bool IsEmpty => Text.Length == 0;
}
