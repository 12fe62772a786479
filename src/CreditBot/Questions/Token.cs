namespace CreditBot.Questions;

/// <summary>A word of a folded text: its folded form and its span [Start, End) in the folded text.</summary>
internal readonly record struct Token(string Text, int Start, int End)
{
    public bool HasDigit => Text.Any(char.IsAsciiDigit);

    public bool Overlaps(int start, int end) => Start < end && start < End;
}
