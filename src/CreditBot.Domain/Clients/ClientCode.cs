namespace CreditBot.Domain.Clients;

/// <summary>The client's account code in the ledger (FEC <c>CompAuxNum</c>, ERP customer number).</summary>
public readonly record struct ClientCode(string Value)
{
    public override string ToString() => Value;
}
