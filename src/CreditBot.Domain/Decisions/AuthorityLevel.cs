namespace CreditBot.Domain.Decisions;

/// <summary>Who may decide, from the lowest authority to the highest.</summary>
public enum AuthorityLevel
{
    CreditManager = 1,
    Cfo = 2,

    /// <summary>Only the credit committee decides (see <see cref="Committee.LimitRequest"/>).</summary>
    Committee = 3,
}
