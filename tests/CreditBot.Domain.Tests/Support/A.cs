using CreditBot.Domain.Clients;
using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Tests.Support;

/// <summary>Named defaults for records; tests change what matters with <c>with</c>.</summary>
public static class A
{
    public static readonly DateOnly Today = new(2025, 6, 30);

    public static readonly ClientCode Acme = new("ACME");

    public static Client Client { get; } = new()
    {
        Code = Acme,
        Name = "ACME SAS",
        Terms = PaymentTerms.Net30,
        Limit = new CreditLimit(Money.Eur(50_000m)),
    };

    public static OpenItem CreditNote { get; } = new()
    {
        Client = Acme,
        Number = "AV-0001",
        Kind = OpenItemKind.CreditNote,
        IssueDate = Today.AddDays(-10),
        DueDate = Today.AddDays(-10),
        Amount = Money.Eur(-1_000m),
        Open = Money.Eur(-1_000m),
    };

    public static Payment Payment { get; } = new()
    {
        Client = Acme,
        Date = Today,
        Amount = Money.Eur(1_000m),
        AllocatedTo = "F-0001",
        ItemDueDate = Today,
    };

    public static Money Eur(decimal amount) => Money.Eur(amount);
}
