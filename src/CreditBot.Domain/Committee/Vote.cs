namespace CreditBot.Domain.Committee;

/// <summary>One member's vote, with an optional comment and counter-proposed amount.</summary>
public sealed record Vote(string Member, VoteChoice Choice, string? Comment, Money? CounterAmount, DateTimeOffset At)
{
    /// <summary>Same choice, comment and counter-amount: a repeated click.</summary>
    public bool SameAs(Vote other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Choice == other.Choice
            && string.Equals(Comment, other.Comment, StringComparison.Ordinal)
            && CounterAmount == other.CounterAmount;
    }
}
