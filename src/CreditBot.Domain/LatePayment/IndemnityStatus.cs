namespace CreditBot.Domain.LatePayment;

public enum IndemnityStatus
{
    /// <summary>The invoice was (or is) paid late: 40 € are owed.</summary>
    Owed,

    NotLate,

    /// <summary>Only invoices carry the indemnity (not credit notes or unallocated payments).</summary>
    NotAnInvoice,

    /// <summary>Never claimed from consumers.</summary>
    ConsumerDebtor,

    /// <summary>Not claimable once the debtor is in sauvegarde, redressement or liquidation judiciaire.</summary>
    InsolvencyProceedings,
}
