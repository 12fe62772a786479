namespace CreditBot.Domain.Receivables;

/// <summary>Which date an item is aged from.</summary>
public enum AgingBasis
{
    /// <summary>Days past the due date (the default, and what "overdue" means).</summary>
    DueDate,

    /// <summary>Days since the issue date (some ERPs offer it; buckets then read "days since issue").</summary>
    IssueDate,
}
