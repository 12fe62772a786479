using CreditBot.Domain.Dso;
using CreditBot.Domain.Receivables;
using CreditBot.Domain.Tests.Support;

namespace CreditBot.Domain.Tests.Dso;

/// <summary>
/// A hand-made ledger as of Monday 30 November 2026, and its count-back DSO rebuilt at three past Mondays.
/// <list type="bullet">
/// <item>F0 5 000 € issued 1 Sep, paid 1 Oct. F5 4 000 € issued 3 Nov, paid 5 Nov (both before every cut-off).</item>
/// <item>F1 12 000 € issued 5 Oct, due 4 Nov, paid in full 20 Nov (lettered after the first two cut-offs).</item>
/// <item>F2 10 000 € issued 20 Oct, due 19 Nov: 4 000 € paid 12 Nov, 3 000 € paid 25 Nov, 3 000 € open today.</item>
/// <item>F3 8 000 € issued 10 Nov, open. F4 6 000 € issued 18 Nov, paid 28 Nov.</item>
/// <item>Credit note AV1 −1 000 € issued 14 Nov, open. Unapplied cash VIR1 1 500 € received 21 Nov, open.</item>
/// <item>Sales: August to October 30 000 € a month; November by day: 3rd 4 000, 10th 8 000, 14th −1 000, 18th 6 000.</item>
/// </list>
/// 9 Nov: owed F1 12 000 + F2 10 000 = 22 000 € (open today issued by then: F2 3 000; paid since on those: F2 4 000 +
/// 3 000, F1 12 000). November to the 9th: 4 000 € for 9 days, 18 000 € of October's 30 000 € = 18.6 days: 27.6 days.
/// 16 Nov: F1 12 000 + F2 6 000 + F3 8 000 − AV1 1 000 = 25 000 €. November to the 16th: 11 000 € for 16 days, 14 000 ÷
/// 30 000 × 31 = 14.47 days of October: 30.5 days.
/// 23 Nov: F2 6 000 + F3 8 000 + F4 6 000 − AV1 1 000 − VIR1 1 500 = 17 500 €. November to the 23rd: 17 000 € for 23
/// days, 500 ÷ 30 000 × 31 = 0.52 day of October: 23.5 days.
/// </summary>
public class PastDsoTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static OpenItem Open(string number, DateOnly issued, DateOnly due, decimal amount, decimal open, OpenItemKind kind = OpenItemKind.Invoice) => new()
    {
        Client = A.Acme,
        Number = number,
        Kind = kind,
        IssueDate = issued,
        DueDate = due,
        Amount = A.Eur(amount),
        Open = A.Eur(open),
    };

    private static Payment Paid(DateOnly date, decimal amount, string? item, DateOnly? issued, DateOnly? due) => new()
    {
        Client = A.Acme,
        Date = date,
        Amount = A.Eur(amount),
        AllocatedTo = item,
        ItemIssueDate = issued,
        ItemDueDate = due,
    };

    private static readonly OpenItem[] Items =
    [
        Open("F2", new(2026, 10, 20), new(2026, 11, 19), 10_000m, 3_000m),
        Open("F3", new(2026, 11, 10), new(2026, 12, 10), 8_000m, 8_000m),
        Open("AV1", new(2026, 11, 14), new(2026, 11, 14), -1_000m, -1_000m, OpenItemKind.CreditNote),
        Open("VIR1", new(2026, 11, 21), new(2026, 11, 21), -1_500m, -1_500m, OpenItemKind.Payment),
    ];

    private static readonly Payment[] Payments =
    [
        Paid(new(2026, 10, 1), 5_000m, "F0", new(2026, 9, 1), new(2026, 10, 1)),
        Paid(new(2026, 11, 5), 4_000m, "F5", new(2026, 11, 3), new(2026, 12, 3)),
        Paid(new(2026, 11, 12), 4_000m, "F2", new(2026, 10, 20), new(2026, 11, 19)),
        Paid(new(2026, 11, 20), 12_000m, "F1", new(2026, 10, 5), new(2026, 11, 4)),
        Paid(new(2026, 11, 21), 1_500m, null, null, null),
        Paid(new(2026, 11, 25), 3_000m, "F2", new(2026, 10, 20), new(2026, 11, 19)),
        Paid(new(2026, 11, 28), 6_000m, "F4", new(2026, 11, 18), new(2026, 12, 18)),
    ];

    private static readonly MonthlySales[] Sales =
    [
        new(2026, 8, A.Eur(30_000m)),
        new(2026, 9, A.Eur(30_000m)),
        new(2026, 10, A.Eur(30_000m)),
        new(2026, 11, A.Eur(17_000m)),
    ];

    private static readonly DaySales[] Days =
    [
        new(new(2026, 11, 3), A.Eur(4_000m)),
        new(new(2026, 11, 10), A.Eur(8_000m)),
        new(new(2026, 11, 14), A.Eur(-1_000m)),
        new(new(2026, 11, 18), A.Eur(6_000m)),
    ];

    private static PastDso At(DateOnly date, IReadOnlyCollection<Payment>? payments = null, IReadOnlyCollection<MonthlySales>? sales = null, bool days = true) =>
        PastDso.At(date, Today, Items, payments ?? Payments, sales ?? Sales, days ? Days : null, Currency.Eur);

    [Theory]
    [InlineData(9, 22_000, 27.6)]
    [InlineData(16, 25_000, 30.5)]
    [InlineData(23, 17_500, 23.5)]
    public void Receivables_and_count_back_at_a_past_monday_are_the_hand_worked_figures(int day, decimal receivables, decimal dso)
    {
        var past = At(new DateOnly(2026, 11, day));

        Assert.True(past.IsRecomputed, past.Gap?.ToString());
        Assert.Equal(A.Eur(receivables), past.Receivables!.Total);
        Assert.Equal(dso, past.Dso!.Rounded(1));
    }

    [Fact]
    public void The_days_of_the_cut_month_are_its_elapsed_days_as_in_todays_count_back()
    {
        var past = At(new DateOnly(2026, 11, 16));

        Assert.Equal([(11, A.Eur(11_000m), 16m), (10, A.Eur(30_000m), 14_000m / 30_000m * 31m)],
            past.Dso!.Steps.Select(s => (s.Month, s.Sales, s.DaysCounted)));
    }

    [Fact]
    public void A_month_end_needs_no_day_by_day_sales()
    {
        // 31 Oct: F1 12 000 + F2 10 000 = 22 000 € (both paid after); October's 30 000 € covers it: 22/30 × 31 = 22.7 days.
        var past = At(new DateOnly(2026, 10, 31), days: false);

        Assert.Equal(A.Eur(22_000m), past.Receivables!.Total);
        Assert.Equal(22.7m, past.Dso!.Rounded(1));
    }

    [Fact]
    public void A_mid_month_date_without_day_by_day_sales_is_left_out()
    {
        Assert.Equal(PastDsoGap.SalesToDateMissing, At(new DateOnly(2026, 11, 16), days: false).Gap);
    }

    [Fact]
    public void A_settlement_after_the_date_without_its_items_issue_date_leaves_the_date_out()
    {
        var payments = Payments.Select(p => p.AllocatedTo == "F1" ? p with { ItemIssueDate = null } : p).ToList();

        Assert.Equal(PastDsoGap.IssueDatesMissing, At(new DateOnly(2026, 11, 16), payments).Gap);
        Assert.True(At(new DateOnly(2026, 11, 23), payments).IsRecomputed);
    }

    [Fact]
    public void A_date_before_the_ledgers_first_sale_or_settlement_is_left_out()
    {
        Assert.Equal(PastDsoGap.LedgerDoesNotReachBack, At(new DateOnly(2026, 7, 31)).Gap);
    }

    [Fact]
    public void A_count_back_into_a_month_the_ledger_holds_only_part_of_is_left_out()
    {
        // Without F0's payment of 1 Oct the ledger starts on 3 Nov: October's 30 000 € of sales are not its own.
        var payments = Payments.Where(p => p.AllocatedTo != "F0").ToList();

        var past = At(new DateOnly(2026, 11, 23), payments);

        Assert.Equal(PastDsoGap.SalesHistoryTooShort, past.Gap);
        Assert.Equal(23.5m, past.Dso!.Rounded(1));
    }

    [Fact]
    public void A_ledger_of_open_items_without_any_settlement_recomputes_nothing()
    {
        Assert.Equal(PastDsoGap.NoSettlementHistory, At(new DateOnly(2026, 11, 23), payments: []).Gap);
    }

    [Fact]
    public void A_count_back_that_runs_out_of_sales_is_left_out_with_no_figure()
    {
        var past = At(new DateOnly(2026, 11, 9), sales: [.. Sales.Where(s => s.Month == 11)]);

        Assert.Equal(PastDsoGap.SalesHistoryTooShort, past.Gap);
        Assert.False(past.IsRecomputed);
    }

    [Fact]
    public void The_ledgers_own_date_and_later_are_not_past_weeks()
    {
        Assert.Equal(PastDsoGap.NotInThePast, At(Today).Gap);
    }
}
