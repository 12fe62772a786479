namespace CreditBot.Domain.LatePayment;

/// <summary>Facts about the debtor that decide whether the fixed indemnity can be claimed.</summary>
public sealed record IndemnityContext(DebtorKind Debtor = DebtorKind.Professional, DateOnly? InsolvencyProceedingsOpened = null)
{
    public static IndemnityContext Professional { get; } = new();
}
