namespace CreditBot.Ledger;

public sealed record ImportCounts
{
    public static ImportCounts None { get; } = new();

    public int Clients { get; init; }

    public int OpenItems { get; init; }

    public int Payments { get; init; }

    public int Orders { get; init; }

    public int MonthlySales { get; init; }

    public override string ToString() =>
        $"{Clients} clients, {OpenItems} open items, {Payments} payments, {Orders} orders, {MonthlySales} client-months of sales";
}
