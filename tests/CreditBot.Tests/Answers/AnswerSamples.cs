using CreditBot.Answers;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.LatePayment;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;

namespace CreditBot.Tests.Answers;

/// <summary>
/// A realistic book for the answer cards, as of 23 November 2026: ACME Industries is over its limit with overdue
/// items, a dispute, a promise to pay and a partly paid invoice that carries penalties over two half-years.
/// </summary>
public static class AnswerSamples
{
    public static DateOnly AsOf { get; } = new(2026, 11, 23);

    public static Client Acme { get; } = new()
    {
        Code = new ClientCode("C0042"),
        Name = "ACME Industries",
        Country = "FR",
        BusinessUnit = "Industrie",
        Terms = PaymentTerms.Net30,
        Limit = new CreditLimit(Money.Eur(50_000m), ReviewDate: new DateOnly(2026, 12, 31)),
        InsurerCover = Money.Eur(40_000m),
        RiskClass = "B",
    };

    public static OpenItem PartlyPaid { get; } = Item("F-2026-0042", new(2026, 4, 15), new(2026, 5, 15), 10_000m, 6_000m) with { DunningLevel = 3 };

    public static IReadOnlyList<OpenItem> AcmeItems { get; } =
    [
        PartlyPaid,
        Item("F-2026-0061", new(2026, 8, 1), new(2026, 8, 31), 3_600m, 1_600m) with { Disputed = true },
        Item("F-2026-0088", new(2026, 9, 10), new(2026, 10, 10), 8_400m, 8_400m) with { PromiseToPay = new DateOnly(2026, 11, 30), DunningLevel = 2 },
        Item("F-2026-0101", new(2026, 10, 20), new(2026, 11, 19), 12_000m, 12_000m),
        Item("AV-2026-0007", new(2026, 11, 5), new(2026, 11, 5), -1_200m, -1_200m) with { Kind = OpenItemKind.CreditNote },
        Item("F-2026-0120", new(2026, 11, 10), new(2026, 12, 10), 21_345.67m, 21_345.67m),
    ];

    public static IReadOnlyList<Order> AcmeOrders { get; } =
    [
        new() { Client = Acme.Code, Number = "CMD-2026-0456", Date = new DateOnly(2026, 11, 18), Amount = Money.Eur(9_000m) },
    ];

    public static IReadOnlyList<Payment> AcmePayments { get; } =
    [
        Paid(new(2026, 11, 12), 5_000m, new(2026, 10, 31), "F-2026-0077"),
        Paid(new(2026, 10, 15), 7_000m, new(2026, 10, 1), "F-2026-0070"),
        Paid(new(2026, 9, 5), 4_000m, new(2026, 8, 31), "F-2026-0064"),
        Paid(new(2026, 6, 30), 4_000m, new(2026, 5, 15), "F-2026-0042"),
        Paid(new(2026, 6, 20), 6_000m, new(2026, 5, 31), "F-2026-0031"),
        Paid(new(2026, 3, 25), 9_000m, new(2026, 2, 28), "F-2026-0012"),
        Paid(new(2025, 12, 10), 5_000m, new(2025, 11, 30), "F-2025-0410"),
    ];

    /// <summary>The default table plus 2026 rates entered for the samples (ECB MRO 2.15 %, legal rates as in H2 2025).</summary>
    public static PenaltyRateTable Rates { get; } = PenaltyRateTable.Default
        .With(new HalfYearRates(new HalfYear(2026, 1), 2.15m, 2.62m, 6.67m, "sample"))
        .With(new HalfYearRates(new HalfYear(2026, 2), 2.15m, 2.62m, 6.67m, "sample"));

    public static ExposureResult AcmeExposure => Exposure.Of(Acme, AcmeItems, AcmeOrders, AsOf);

    public static PaymentBehaviour AcmeBehaviour => PaymentBehaviour.Of(AcmePayments, AsOf, Currency.Eur);

    public static ExposureView AcmeView => new(Acme, AcmeExposure, AcmeItems, AcmeBehaviour, AcmePayments.MaxBy(payment => payment.Date));

    public static InvoiceView PartlyPaidInvoice => new(
        Acme,
        PartlyPaid,
        AsOf,
        PenaltyCalculation.ForInvoice(PartlyPaid, AcmePayments, AsOf, Rates),
        RecoveryIndemnity.For(PartlyPaid, AcmePayments, AsOf));

    public static Order ProposedOrder(decimal amount) =>
        new() { Client = Acme.Code, Number = "SIMULATION", Date = AsOf, Amount = Money.Eur(amount) };

    public static PreSaleView AcmePreSale => new(
        Acme,
        AcmeExposure,
        ProposedOrder(50_000m),
        BlockRules.Evaluate(Acme, AcmeItems, AcmeOrders, ProposedOrder(50_000m), AsOf),
        MaximumTerms.Check(new PaymentTerms(60)));

    public static IReadOnlyList<Client> AcmeLookalikes { get; } =
    [
        Acme,
        new() { Code = new ClientCode("C0107"), Name = "ACME Services", Country = "FR", BusinessUnit = "Services" },
        new() { Code = new ClientCode("C0311"), Name = "Acmé Bâtiment", Country = "BE", BusinessUnit = "Construction" },
    ];

    public static IReadOnlyList<ClientListRow> OverdueClients()
    {
        var others = new (string Code, string Name, decimal Open, int DaysLate)[]
        {
            ("C0107", "ACME Services", 4_250.50m, 12),
            ("C0311", "Acmé Bâtiment", 18_900m, 95),
            ("C0520", "Boulangeries Martin SAS", 1_320m, 40),
        };
        var rows = new List<ClientListRow> { ClientListRow.Overdue(Acme, AcmeItems, AcmeExposure) };
        foreach (var (code, name, open, daysLate) in others)
        {
            var client = new Client { Code = new ClientCode(code), Name = name, Limit = new CreditLimit(Money.Eur(20_000m)) };
            var due = AsOf.AddDays(-daysLate);
            var item = Item($"F-{code}", due.AddDays(-30), due, open, open) with { Client = client.Code };
            rows.Add(ClientListRow.Overdue(client, [item], Exposure.Of(client, [item], [], AsOf)));
        }

        return rows;
    }

    /// <summary>Portfolio DSO at the end of October 2026, calendar days: receivables 212 000 €, 120 000 € not yet due.</summary>
    public static DsoView PortfolioDso()
    {
        var end = new DateOnly(2026, 10, 31);
        IReadOnlyList<MonthlySales> sales =
        [
            new(2026, 10, Money.Eur(100_000m)),
            new(2026, 9, Money.Eur(80_000m)),
            new(2026, 8, Money.Eur(70_000m)),
            new(2026, 7, Money.Eur(90_000m)),
        ];
        var receivables = new DsoReceivables(end, Money.Eur(212_000m), Money.Eur(120_000m), DsoInclusions.Default);
        return new DsoView(
            DsoScopeKind.Portfolio,
            end,
            CountBackDso.Compute(receivables.Total, sales),
            RatioDso.Simple(receivables.Total, Money.Eur(250_000m), new DateOnly(2026, 8, 1), end),
            BestPossibleDso.CountBack(receivables, sales),
            OverdueRate.Of(receivables.Overdue, receivables.Total),
            CollectionEffectivenessIndex.Of(Money.Eur(190_000m), Money.Eur(250_000m), 3, receivables.Total, receivables.NotDue));
    }

    public static OpenItem Item(string number, DateOnly issued, DateOnly due, decimal amount, decimal open) => new()
    {
        Client = Acme.Code,
        Number = number,
        IssueDate = issued,
        DueDate = due,
        Amount = Money.Eur(amount),
        Open = Money.Eur(open),
    };

    private static Payment Paid(DateOnly date, decimal amount, DateOnly due, string invoice) => new()
    {
        Client = Acme.Code,
        Date = date,
        Amount = Money.Eur(amount),
        ItemDueDate = due,
        AllocatedTo = invoice,
    };
}
