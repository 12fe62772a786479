using CreditBot.Digests;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;
using CreditBot.Ledger;

namespace CreditBot.Tests.Digests;

/// <summary>
/// A hand-made ledger for Tuesday 8 December 2026 (previous business day Monday 7). What each item does that day:
/// <list type="bullet">
/// <item>F-101, Acier Durand (Industrie), 12 000 € due 7 Dec: 1 day late, newly overdue.</item>
/// <item>F-102, Acier Durand, 4 000 € due 7 Nov: 31 days late (30 yesterday), crossed 30 days.</item>
/// <item>F-103, Boulangeries Martin (Industrie), 9 000 € due 8 Sep: 91 days late (90 yesterday), crossed 90; promised for 4 Dec, broken before yesterday.</item>
/// <item>F-104, Boulangeries Martin, 3 000 € due 1 Oct, disputed: 68 days late, an old dispute.</item>
/// <item>F-105, Clinique Sud (Santé), 5 000 € due 31 Dec: not due.</item>
/// <item>F-106, Clinique Sud, 2 000 € due 20 Nov: 18 days late; promised for 7 Dec, broken since yesterday.</item>
/// </list>
/// Boulangeries Martin has a 10 000 € limit and a 6 000 € blocked order O-1 of 1 Dec: exposure 9 000 + 3 000 + 6 000 =
/// 18 000 €, 8 000 € over. Total overdue: 12 000 + 4 000 + 9 000 + 3 000 + 2 000 = 30 000 € (Industrie: 28 000 €).
/// To chase (open × days, disputes left out): F-103 819 000, F-102 124 000, F-106 36 000, F-101 12 000.
/// </summary>
public static class DigestSamples
{
    public static DateOnly Today { get; } = new(2026, 12, 8);

    public static DateOnly PreviousBusinessDay { get; } = new(2026, 12, 7);

    public static Client Durand { get; } = new() { Code = new("C001"), Name = "Acier Durand", BusinessUnit = "Industrie", Country = "FR", Limit = new CreditLimit(Money.Eur(50_000m)) };

    public static Client Martin { get; } = new() { Code = new("C002"), Name = "Boulangeries Martin", BusinessUnit = "Industrie", Country = "FR", Limit = new CreditLimit(Money.Eur(10_000m)) };

    public static Client Sud { get; } = new() { Code = new("C003"), Name = "Clinique Sud", BusinessUnit = "Santé", Country = "BE" };

    public static IReadOnlyList<OpenItem> Items { get; } =
    [
        Item(Durand, "F-101", new(2026, 11, 7), new(2026, 12, 7), 12_000m),
        Item(Durand, "F-102", new(2026, 10, 8), new(2026, 11, 7), 4_000m),
        Item(Martin, "F-103", new(2026, 8, 9), new(2026, 9, 8), 9_000m) with { PromiseToPay = new DateOnly(2026, 12, 4) },
        Item(Martin, "F-104", new(2026, 9, 1), new(2026, 10, 1), 3_000m) with { Disputed = true },
        Item(Sud, "F-105", new(2026, 12, 1), new(2026, 12, 31), 5_000m),
        Item(Sud, "F-106", new(2026, 10, 21), new(2026, 11, 20), 2_000m) with { PromiseToPay = new DateOnly(2026, 12, 7) },
    ];

    public static Order BlockedOrder { get; } = new() { Client = Martin.Code, Number = "O-1", Date = new(2026, 12, 1), Amount = Money.Eur(6_000m) };

    public static LedgerSnapshot Snapshot { get; } = new([Durand, Martin, Sud], [Durand, Martin, Sud], Items, [], [BlockedOrder], []);

    public static IReadOnlyList<(Client Client, IReadOnlyList<OpenItem> Items, IReadOnlyList<Order> Orders)> Portfolio(params Client[] clients) =>
        [.. (clients.Length == 0 ? [Durand, Martin, Sud] : clients).Select(c => (c, (IReadOnlyList<OpenItem>)[.. Items.Where(i => i.Client == c.Code)],
            (IReadOnlyList<Order>)(c == Martin ? [BlockedOrder] : [])))];

    public static IReadOnlyList<(string Client, string Order, IReadOnlyList<string> ReasonKeys)> Waiting { get; } =
        [("C002", "O-1", ["block.overdue", "block.limit-exceeded"])];

    public static DataFreshness Fresh { get; } = new(new DateTimeOffset(2026, 12, 8, 6, 30, 0, TimeSpan.FromHours(1)), PreviousBusinessDay, false, 26);

    public static DataFreshness Stale { get; } = new(new DateTimeOffset(2026, 12, 4, 6, 30, 0, TimeSpan.FromHours(1)), new DateOnly(2026, 12, 3), true, 26);

    public static DailyDigestView DailyView(DataFreshness? freshness = null, Money? previousTotal = null) => DailyDigestView.Build(
        "Hugo Petit",
        [],
        Portfolio(),
        Waiting,
        Today,
        PreviousBusinessDay,
        Currency.Eur,
        freshness ?? Fresh,
        previousTotal is { } total ? (PreviousBusinessDay, total) : null,
        chaseListLength: 5,
        oldDisputeDays: 30);

    private static OpenItem Item(Client client, string number, DateOnly issued, DateOnly due, decimal open) => new()
    {
        Client = client.Code,
        Number = number,
        IssueDate = issued,
        DueDate = due,
        Amount = Money.Eur(open),
        Open = Money.Eur(open),
    };
}
