using CreditBot.Domain;

namespace CreditBot.Committee;

/// <summary>
/// A limit decided here, in force whatever the next ERP import says until the ERP carries it too.
/// <see cref="ErpLimit"/> is what the last import said (null: no line in the ERP).
/// </summary>
public sealed record DecidedLimit(
    string ClientCode,
    Money Amount,
    DateOnly ReviewDate,
    string RequestId,
    DateTimeOffset DecidedAt,
    Money? ErpLimit)
{
    public bool DiffersFromErp => ErpLimit != Amount;
}
