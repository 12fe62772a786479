using CreditBot.Domain;

namespace CreditBot.Ledger;

/// <summary>What a source needs to know besides the files.</summary>
/// <param name="AsOf">Cut-off date: entries after it are ignored and lines matched after it are still open. Null: everything in the files.</param>
/// <param name="Currency">The company's currency, used when a file carries none.</param>
public sealed record LedgerReadContext(DateOnly? AsOf, Currency Currency);
