using CreditBot.Domain.Dso;
using CreditBot.Domain.Tests.Support;

namespace CreditBot.Domain.Tests.Dso;

public class PaymentBehaviourTests
{
    [Fact]
    [Trait("Source", "W1")]
    public void W1_weighted_days_late_of_1000_at_10_2500_at_5_and_500_at_0_is_5_63()
    {
        var settlements = new (Money, decimal)[] { (A.Eur(1_000m), 10m), (A.Eur(2_500m), 5m), (A.Eur(500m), 0m) };

        var weighted = PaymentBehaviour.WeightedAverage(settlements);
        var simple = PaymentBehaviour.SimpleAverage(settlements.Select(s => s.Item2));

        Assert.Equal(5.625m, weighted);
        Assert.Equal(5.63m, Math.Round(weighted!.Value, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(5m, simple);
    }

    [Fact]
    [Trait("Source", "W1")]
    public void W1_open_items_as_of_31_March_are_on_average_5_63_days_overdue_weighted_and_5_days_simple()
    {
        var asOf = new DateOnly(2025, 3, 31);
        var items = new[]
        {
            An.Invoice with { Number = "F-1", DueDate = asOf.AddDays(-10), Open = A.Eur(1_000m) },
            An.Invoice with { Number = "F-2", DueDate = asOf.AddDays(-5), Open = A.Eur(2_500m) },
            An.Invoice with { Number = "F-3", DueDate = asOf, Open = A.Eur(500m) },
        };

        var average = AverageDaysOverdue.Of(items, asOf, Currency.Eur);

        Assert.Equal(5.63m, average.Rounded(2));
        Assert.Equal(5m, average.Simple);
        Assert.Equal(A.Eur(4_000m), average.Owed);
    }

    [Fact]
    [Trait("Source", "W3")]
    public void W3_weighted_days_of_10_in_5_days_and_100_in_10_days_is_9_55()
    {
        var settlements = new (Money, decimal)[] { (A.Eur(10m), 5m), (A.Eur(100m), 10m) };

        var weighted = PaymentBehaviour.WeightedAverage(settlements);
        var simple = PaymentBehaviour.SimpleAverage(settlements.Select(s => s.Item2));

        Assert.Equal(9.55m, Math.Round(weighted!.Value, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(7.5m, simple);
    }

    [Fact]
    public void Weighs_each_part_of_an_invoice_paid_in_three_parts_by_its_amount()
    {
        var due = A.Today.AddDays(-60);
        var payments = new[]
        {
            A.Payment with { Date = due.AddDays(10), ItemDueDate = due, Amount = A.Eur(500m) },
            A.Payment with { Date = due.AddDays(20), ItemDueDate = due, Amount = A.Eur(300m) },
            A.Payment with { Date = due.AddDays(40), ItemDueDate = due, Amount = A.Eur(200m) },
        };

        var behaviour = PaymentBehaviour.Of(payments, A.Today, Currency.Eur);

        Assert.Equal(((500m * 10m) + (300m * 20m) + (200m * 40m)) / 1_000m, behaviour.Recent.Weighted);
        Assert.Equal(3, behaviour.Recent.Settlements);
        Assert.Equal(A.Eur(1_000m), behaviour.Recent.Settled);
    }

    [Fact]
    public void Counts_an_early_payment_as_zero_days_late()
    {
        var payment = A.Payment with { Date = A.Today.AddDays(-10), ItemDueDate = A.Today };

        Assert.Equal(0, PaymentBehaviour.DaysLateOf(payment));
    }

    [Fact]
    public void Without_a_settlement_in_the_last_15_months_gives_the_whole_history_with_its_period()
    {
        // An invoice history that ends long before the as-of date: both windows are empty.
        var payments = new[]
        {
            A.Payment with { Date = new DateOnly(2022, 3, 10), ItemDueDate = new DateOnly(2022, 3, 1), Amount = A.Eur(1_000m) },
            A.Payment with { Date = new DateOnly(2023, 2, 20), ItemDueDate = new DateOnly(2023, 2, 20), Amount = A.Eur(3_000m) },
            A.Payment with { Date = A.Today.AddDays(1), ItemDueDate = A.Today.AddDays(-30), Amount = A.Eur(9_000m) },
        };

        var behaviour = PaymentBehaviour.Of(payments, A.Today, Currency.Eur);

        Assert.Null(behaviour.Recent.Weighted);
        Assert.Null(behaviour.Previous.Weighted);
        var history = Assert.IsType<DaysLate>(behaviour.WholeHistory);
        Assert.Equal((new DateOnly(2022, 3, 10), new DateOnly(2023, 2, 20)), (history.From, history.To));
        Assert.Equal(((1_000m * 9m) + (3_000m * 0m)) / 4_000m, history.Weighted);
        Assert.Equal((2, A.Eur(4_000m)), (history.Settlements, history.Settled));
    }

    [Fact]
    public void With_a_settlement_in_a_window_gives_no_whole_history_figure()
    {
        var payments = new[] { A.Payment with { Date = A.Today.AddMonths(-6), ItemDueDate = A.Today.AddMonths(-6) } };

        Assert.Null(PaymentBehaviour.Of(payments, A.Today, Currency.Eur).WholeHistory);
        Assert.Null(PaymentBehaviour.Of([], A.Today, Currency.Eur).WholeHistory);
    }

    [Fact]
    public void Compares_the_last_three_months_with_the_twelve_before()
    {
        var payments = new[]
        {
            A.Payment with { Date = A.Today.AddDays(-10), ItemDueDate = A.Today.AddDays(-40) },
            A.Payment with { Date = A.Today.AddMonths(-6), ItemDueDate = A.Today.AddMonths(-6).AddDays(-5) },
            A.Payment with { Date = A.Today.AddMonths(-16), ItemDueDate = A.Today.AddMonths(-18) },
            A.Payment with { Date = A.Today.AddDays(-1), ItemDueDate = null },
        };

        var behaviour = PaymentBehaviour.Of(payments, A.Today, Currency.Eur);

        Assert.Equal(30m, behaviour.Recent.Weighted);
        Assert.Equal(5m, behaviour.Previous.Weighted);
        Assert.Equal(25m, behaviour.Change);
        Assert.Equal(PaymentTrend.Worsening, behaviour.Trend);
        Assert.Equal(1, behaviour.LeftOut);
    }

    [Fact]
    public void Has_no_trend_without_settlements_in_both_windows()
    {
        var behaviour = PaymentBehaviour.Of([A.Payment with { ItemDueDate = A.Today.AddDays(-3) }], A.Today, Currency.Eur);

        Assert.Equal(3m, behaviour.Recent.Weighted);
        Assert.Null(behaviour.Previous.Weighted);
        Assert.Equal(PaymentTrend.Unknown, behaviour.Trend);
    }
}
