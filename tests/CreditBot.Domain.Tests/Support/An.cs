using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Tests.Support;

public static class An
{
    public static OpenItem Invoice { get; } = new()
    {
        Client = A.Acme,
        Number = "F-0001",
        IssueDate = A.Today.AddDays(-10),
        DueDate = A.Today.AddDays(20),
        Amount = Money.Eur(1_000m),
        Open = Money.Eur(1_000m),
    };

    public static Order Order { get; } = new()
    {
        Client = A.Acme,
        Number = "C-0001",
        Date = A.Today,
        Amount = Money.Eur(1_000m),
    };

    /// <summary>An invoice of <paramref name="amount"/> that is <paramref name="daysPastDue"/> days past due at <see cref="A.Today"/>.</summary>
    public static OpenItem InvoiceDaysPastDue(int daysPastDue, decimal amount, string number = "F-0001") => Invoice with
    {
        Number = number,
        IssueDate = A.Today.AddDays(-daysPastDue - 30),
        DueDate = A.Today.AddDays(-daysPastDue),
        Amount = Money.Eur(amount),
        Open = Money.Eur(amount),
    };
}
