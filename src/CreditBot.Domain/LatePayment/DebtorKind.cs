namespace CreditBot.Domain.LatePayment;

public enum DebtorKind
{
    Professional,

    /// <summary>A consumer: the 40 € indemnity can never be claimed.</summary>
    Consumer,
}
