using System.Globalization;
using System.Text;
using System.Text.Json;
using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.BotFramework;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.LatePayment;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;
using CreditBot.Tests.Answers;
using Xunit.Abstractions;

namespace CreditBot.Tests.Cards;

/// <summary>
/// Teams refuses a message of about 100 KB (413, conformance §3.9, measured in UTF-16): every card kind, rendered at
/// the largest content it realistically gets, stays under 80 KB as the whole message the Connector receives.
/// </summary>
public class CardSizeTests(ITestOutputHelper output)
{
    private const int Limit = 80 * 1024;

    private static readonly DateOnly AsOf = AnswerSamples.AsOf;

    // French legal names run long: 120 characters with accents is beyond nearly all of them.
    private static readonly string LongName = ("Société Coopérative Agricole et Forestière des Producteurs Réunis de l'Arrière-Pays Méditerranéen et des Hautes-Alpes").PadRight(120, 'é');

    public static TheoryData<string, string> Kinds()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in Largest.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(kind, "fr-FR");
            data.Add(kind, "en-US");
        }

        return data;
    }

    [Fact]
    public void Every_card_template_has_a_largest_case()
    {
        var templates = Directory.GetFiles(Path.Combine(Support.RepositoryPaths.Root, "cards"), "*.json").Select(Path.GetFileNameWithoutExtension);

        Assert.Equal(templates.Order(StringComparer.Ordinal), Largest.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_card_kind_at_its_largest_stays_under_80_KB(string kind, string culture)
    {
        var card = Largest[kind](CultureInfo.GetCultureInfo(culture));
        var message = Activity.CreateMessage();
        message.Attachments = [Attachment.AdaptiveCard(card)];
        message.Conversation = new ConversationAccount { Id = "19:" + new string('x', 120) + "@thread.tacv2" };
        message.From = new ChannelAccount { Id = "28:6f1f2c1e-8c55-4a3e-9d6b-2f4f1c0b7a11", Name = "CreditBot" };

        var size = Encoding.Unicode.GetByteCount(JsonSerializer.Serialize(message, BotJsonContext.Default.Activity));

        output.WriteLine($"{kind} {culture}: {size:N0} bytes (UTF-16)");
        Assert.True(size < Limit, $"{kind} in {culture} is {size:N0} bytes, over {Limit:N0}.");
    }

    private static readonly Dictionary<string, Func<CultureInfo, RawJson>> Largest = new(StringComparer.Ordinal)
    {
        [HelpCard.TemplateName] = HelpCard.Render,
        [WelcomeCard.TemplateName] = culture => WelcomeCard.Render(culture, inTeam: true),
        [ExposureCard.TemplateName] = culture => ExposureCard.Render(BusiestExposure(), culture),
        [InvoiceCard.TemplateName] = culture => InvoiceCard.Render(OldestInvoice(), culture),
        [ClientListCard.TemplateName] = culture => ClientListCard.Render(ClientListKind.Overdue, ManyOverdueClients(500), culture),
        [OpenInvoicesCard.TemplateName] = culture => OpenInvoicesCard.Render(
            new OpenInvoicesView(Big, AsOf, [.. Enumerable.Range(0, 2_000).SelectMany(_ => ItemsOf(Big))]), culture),
        [PreSaleCard.TemplateName] = culture => PreSaleCard.Render(BiggestPreSale(), culture),
        [ClientChoiceCard.TemplateName] = culture => ClientChoiceCard.Render(LongName, "exposure", Lookalikes(200), culture),
        [ClientNotFoundCard.TemplateName] = culture => ClientNotFoundCard.Render(LongName, "exposure", Lookalikes(200), culture),
        [DsoCard.TemplateName] = culture => DsoCard.Render(AnswerSamples.PortfolioDso(), culture),
        [CostOfUnpaidCard.TemplateName] = culture => CostOfUnpaidCard.Render(CostOfUnpaid.Of(Money.Eur(999_999_999.99m), 0.01m), culture),
        [CreditBot.Committee.LimitRequestForm.TemplateName] = culture => CreditBot.Committee.LimitRequestForm.Render(
            AnswerSamples.Acme with { Name = LongName }, Money.Eur(999_999_999.99m), 999_999_999.99m, AsOf, AsOf.AddYears(1), new CreditBot.Committee.CommitteeOptions(), culture),
        [CreditBot.Committee.CommitteeCard.TemplateName] = culture => CreditBot.Committee.CommitteeCard.Render(
            Committee.CommitteeSamples.Largest(LongName), "member-1", Committee.CommitteeSamples.Paris, culture, new string('x', 300)),
        [PaymentBehaviourCard.TemplateName] = culture => PaymentBehaviourCard.Render(Big, Behaviour(), culture),
        [CreditBot.OrderBlocks.BlockedOrderCard.TemplateName] = culture => CreditBot.OrderBlocks.BlockedOrderCard.Render(BiggestBlockedOrder(), culture, OrderBlocks.OrderBlockSamples.Paris),
        [CreditBot.OrderBlocks.OrderStatusCard.TemplateName] = culture => CreditBot.OrderBlocks.OrderStatusCard.Render(
            "CMD-" + new string('9', 40),
            [.. Enumerable.Repeat(0, CreditBot.OrderBlocks.OrderStatusCard.Max).Select(_ => new CreditBot.OrderBlocks.OrderStatusEntry(
                LongName,
                "CMD-" + new string('9', 40),
                Money.Eur(999_999_999.99m),
                AsOf,
                "warning",
                string.Join(", ", Enumerable.Range(0, 40).Select(i => $"Approver {i} with a rather long display name")),
                [.. BiggestBlockedOrder().Block.Reasons.Select(r => BlockReasonText.Describe(r, culture))]))],
            culture,
            more: 999_999),
        [CreditBot.OrderBlocks.BlockStatisticsCard.TemplateName] = culture => CreditBot.OrderBlocks.BlockStatisticsCard.Render(OrderBlocks.OrderBlockSamples.Statistics(), culture, OrderBlocks.OrderBlockSamples.Paris),
        [CreditBot.Digests.DailyDigestCard.TemplateName] = culture => CreditBot.Digests.DailyDigestCard.Render(BigDailyDigest(), culture),
        [CreditBot.Digests.WeeklySummaryCard.TemplateName] = culture => CreditBot.Digests.WeeklySummaryCard.Render(BigWeeklySummary(), culture),
    };

    // 300 clients with the longest names, each in its own unit, country and salesperson, with items in every section.
    private static IReadOnlyList<Client> ManyClients() =>
        [.. Enumerable.Range(0, 300).Select(i => AnswerSamples.Acme with
        {
            Code = new ClientCode("C" + i.ToString("D5", CultureInfo.InvariantCulture)),
            Name = LongName,
            BusinessUnit = LongName[..60] + i.ToString(CultureInfo.InvariantCulture),
            Country = "F" + i.ToString(CultureInfo.InvariantCulture),
            Salesperson = LongName[..40] + i.ToString(CultureInfo.InvariantCulture) + "@contoso.example",
            Limit = new CreditLimit(Money.Eur(1m)),
        })];

    private static List<OpenItem> ItemsOf(Client client) =>
    [
        .. new[] { 1, 31, 61, 91, 400 }.Select(days => AnswerSamples.Item("F-" + client.Code.Value + "-" + days.ToString(CultureInfo.InvariantCulture).PadLeft(40, '0'),
            AsOf.AddDays(-days - 30), AsOf.AddDays(-days), 999_999_999.99m, 999_999_999.99m) with { Client = client.Code, PromiseToPay = AsOf.AddDays(-1), Disputed = days == 400 }),
    ];

    private static CreditBot.Digests.DailyDigestView BigDailyDigest()
    {
        var clients = ManyClients();
        var orders = clients.Select(c => new Order { Client = c.Code, Number = "O-" + c.Code.Value.PadLeft(40, '0'), Date = AsOf.AddDays(-30), Amount = Money.Eur(999_999_999.99m) }).ToList();
        return CreditBot.Digests.DailyDigestView.Build(
            LongName,
            [.. Enumerable.Range(0, 20).Select(i => LongName[..50] + i.ToString(CultureInfo.InvariantCulture))],
            [.. clients.Select(c => (c, (IReadOnlyList<OpenItem>)ItemsOf(c), (IReadOnlyList<Order>)[.. orders.Where(o => o.Client == c.Code)]))],
            [.. orders.Select(o => (o.Client.Value, o.Number, (IReadOnlyList<string>)["block.overdue", "block.limit-exceeded", "block.review-date-passed", "block.manual"]))],
            AsOf,
            AsOf.AddDays(-3),
            Currency.Eur,
            new CreditBot.Digests.DataFreshness(new DateTimeOffset(2026, 11, 1, 6, 30, 0, TimeSpan.Zero), new DateOnly(2026, 10, 31), true, 26),
            (AsOf.AddDays(-3), Money.Eur(1m)),
            chaseListLength: 20,
            oldDisputeDays: 30);
    }

    private static CreditBot.Digests.WeeklySummaryView BigWeeklySummary()
    {
        var clients = ManyClients();
        var positions = clients.Select(c => new CreditBot.Domain.Digests.ClientPosition(c, ItemsOf(c),
            [.. Enumerable.Range(0, 24).Select(m => new MonthlySales(AsOf.AddMonths(-m).Year, AsOf.AddMonths(-m).Month, Money.Eur(999_999.99m)))])).ToList();
        return CreditBot.Digests.WeeklySummaryView.Build(
            positions, AsOf, Currency.Eur,
            new CreditBot.Digests.DataFreshness(new DateTimeOffset(2026, 11, 1, 6, 30, 0, TimeSpan.Zero), new DateOnly(2026, 10, 31), true, 72),
            (AsOf.AddDays(-7), 999.9m), Money.Eur(999_999_999.99m), 30m, 4m) with
        {
            // Both kinds of point and a left-out week: the longest note under the chart.
            History = [.. Enumerable.Range(2, 11).Select(i => new CreditBot.Digests.DsoTrendPoint(AsOf.AddDays(-7 * i), 999.9m - (37.7m * i),
                i % 2 == 0 ? CreditBot.Digests.DsoTrendSource.Recorded : CreditBot.Digests.DsoTrendSource.Recomputed))],
            LeftOut = [CreditBot.Domain.Dso.PastDsoGap.IssueDatesMissing],
            Week = BusiestWeek(),
        };
    }

    /// <summary>A week with every block reason and decision kind, and more committee decisions on the longest names than the card lists.</summary>
    private static CreditBot.Digests.WeeklyActivity BusiestWeek()
    {
        var since = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(1));
        var until = since.AddDays(7);
        var decided = Enumerable.Range(0, 40).Select(i =>
        {
            var record = Committee.CommitteeSamples.Largest(LongName);
            var request = record.ToDomain();
            request.Close(Committee.CommitteeSamples.Opened.AddHours(1));
            return record with { Request = request.ToSnapshot() };
        }).ToList();
        string[] reasons = ["block.overdue", "block.no-credit-line", "block.limit-not-yet-valid", "block.limit-exceeded", "block.review-date-passed", "block.manual"];
        var stats = new BlockStatistics(since, until, 99_999, [.. reasons.Select(r => new BlockReasonCount(r, 99_999))],
            99_999, 99_999, 99_999, 99_999, 99_999, 99_999, 9_999.9, 9_999.9, [], [], []);
        return new CreditBot.Digests.WeeklyActivity(since, until, stats, new PendingBlocks(until, 99_999, until.AddYears(-3)), decided, 99_999);
    }

    /// <summary>A blocked order of the biggest client, every reason, 40 approvers to forward to, a long comment.</summary>
    private static CreditBot.OrderBlocks.BlockedOrderView BiggestBlockedOrder()
    {
        var items = ManyItems();
        var people = Enumerable.Range(0, 40).Select(i => ($"oid-{i:D3}-0000-0000-0000-000000000000", $"Approver {i} with a rather long display name")).ToList();
        var sample = OrderBlocks.OrderBlockSamples.View();
        return sample with
        {
            Client = Big,
            Now = Exposure.Of(Big, items, [], AsOf),
            OpenItems = items,
            Approvers = people,
            ForwardTo = people,
            Block = sample.Block with
            {
                Reasons =
                [
                    new CreditBot.Domain.Orders.BlockReason.OverdueBeyondTolerance(Money.Eur(999_999.99m), 600, 1_800, 30, Money.Eur(10_000m)),
                    new CreditBot.Domain.Orders.BlockReason.NoCreditLine(),
                    new CreditBot.Domain.Orders.BlockReason.LimitNotYetValid(AsOf.AddDays(10)),
                    new CreditBot.Domain.Orders.BlockReason.LimitExceeded(Money.Eur(999_999.99m), Money.Eur(999_999.99m), Money.Eur(10_000m), Money.Eur(1_989_999.98m)),
                    new CreditBot.Domain.Orders.BlockReason.ReviewDatePassed(AsOf.AddDays(-30), 30),
                    new CreditBot.Domain.Orders.BlockReason.ManualBlock(),
                ],
            },
        };
    }

    private static Client Big => AnswerSamples.Acme with
    {
        Code = new ClientCode("C" + new string('9', 19)),
        Name = LongName,
        Country = "FR",
        BusinessUnit = "Industrie, Bâtiment et Travaux Publics du Grand Sud-Est",
        Limit = new CreditLimit(Money.Eur(10_000m), ReviewDate: AsOf.AddDays(-30)),
        InsurerCover = Money.Eur(5_000m),
        RiskClass = "E",
    };

    /// <summary>Five years of invoices: 600 items, overdue in every bucket, disputes, kept and broken promises.</summary>
    private static List<OpenItem> ManyItems()
    {
        var items = new List<OpenItem>();
        for (var i = 0; i < 600; i++)
        {
            var due = AsOf.AddDays(30 - (i * 3));
            items.Add(AnswerSamples.Item($"F-2026-{i:D6}", due.AddDays(-60), due, 98_765.43m, 98_765.43m) with
            {
                Client = Big.Code,
                Disputed = i % 7 == 0,
                PromiseToPay = i % 5 == 0 ? AsOf.AddDays((i % 3) - 1) : null,
                DunningLevel = i % 4,
            });
        }

        return items;
    }

    private static IReadOnlyList<Order> ManyOrders() =>
        [.. Enumerable.Range(0, 100).Select(i => new Order { Client = Big.Code, Number = $"CMD-2026-{i:D6}", Date = AsOf.AddDays(-i), Amount = Money.Eur(50_000m) })];

    private static IReadOnlyList<Payment> ManyPayments() =>
        [.. Enumerable.Range(0, 400).Select(i => new Payment
        {
            Client = Big.Code,
            Date = AsOf.AddDays(-i * 4),
            Amount = Money.Eur(1_234.56m),
            ItemDueDate = AsOf.AddDays((-i * 4) - 45),
            AllocatedTo = $"F-2025-{i:D6}",
        })];

    private static PaymentBehaviour Behaviour() => PaymentBehaviour.Of(ManyPayments(), AsOf, Currency.Eur);

    private static ExposureView BusiestExposure()
    {
        var items = ManyItems();
        var payments = ManyPayments();
        return new ExposureView(Big, Exposure.Of(Big, items, ManyOrders(), AsOf), items, Behaviour(), payments.MaxBy(p => p.Date));
    }

    /// <summary>An invoice unpaid since the first half-year the rate table covers, with many part payments.</summary>
    private static InvoiceView OldestInvoice()
    {
        var invoice = AnswerSamples.Item("F-2024-000001-" + new string('9', 20), new DateOnly(2023, 12, 1), new DateOnly(2024, 1, 1), 987_654.32m, 900_000m) with { Client = Big.Code, DunningLevel = 9 };
        var payments = Enumerable.Range(0, 24).Select(i => new Payment
        {
            Client = Big.Code,
            Date = new DateOnly(2024, 1, 15).AddMonths(i),
            Amount = Money.Eur(3_652.68m),
            ItemDueDate = invoice.DueDate,
            AllocatedTo = invoice.Number,
        }).ToList();
        return new InvoiceView(Big, invoice, AsOf, PenaltyCalculation.ForInvoice(invoice, payments, AsOf, AnswerSamples.Rates), RecoveryIndemnity.For(invoice, payments, AsOf));
    }

    private static IReadOnlyList<ClientListRow> ManyOverdueClients(int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var client = Big with { Code = new ClientCode($"C{i:D19}"), Name = LongName[..^6] + i.ToString("D6", CultureInfo.InvariantCulture) };
            var items = ManyItems().Take(40).Select(item => item with { Client = client.Code }).ToList();
            return ClientListRow.Overdue(client, items, Exposure.Of(client, items, [], AsOf));
        })];

    private static PreSaleView BiggestPreSale()
    {
        var items = ManyItems();
        var orders = ManyOrders();
        var proposed = new Order { Client = Big.Code, Number = "SIMULATION", Date = AsOf, Amount = Money.Eur(9_999_999.99m) };
        return new PreSaleView(Big, Exposure.Of(Big, items, orders, AsOf), proposed, BlockRules.Evaluate(Big, items, orders, proposed, AsOf), MaximumTerms.Check(new PaymentTerms(120, PaymentTermsBasis.DaysThenEndOfMonth)));
    }

    private static IReadOnlyList<Client> Lookalikes(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Big with { Code = new ClientCode($"C{i:D19}"), Name = LongName[..^6] + i.ToString("D6", CultureInfo.InvariantCulture) })];
}
