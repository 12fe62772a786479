using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Tests.Support;

namespace CreditBot.Domain.Tests.Orders;

public class BlockRulesTests
{
    [Fact]
    public void Lets_an_order_within_the_line_through()
    {
        var decision = BlockRules.Evaluate(A.Client, [An.Invoice], [], An.Order, A.Today);

        Assert.False(decision.IsBlocked);
        Assert.Empty(decision.Reasons);
    }

    [Fact]
    public void Blocks_an_order_that_would_exceed_the_line_and_shows_the_figures()
    {
        var client = A.Client with { Limit = new CreditLimit(A.Eur(10_000m)) };
        var items = new[] { An.Invoice with { Open = A.Eur(7_000m) } };
        var others = new[] { An.Order with { Number = "C-0", Amount = A.Eur(2_000m) } };
        var order = An.Order with { Amount = A.Eur(1_500m) };

        var decision = BlockRules.Evaluate(client, items, others, order, A.Today);

        var reason = Assert.IsType<BlockReason.LimitExceeded>(Assert.Single(decision.Reasons));
        Assert.Equal(A.Eur(9_000m), reason.Exposure);
        Assert.Equal(A.Eur(1_500m), reason.Order);
        Assert.Equal(A.Eur(10_000m), reason.Limit);
        Assert.Equal(A.Eur(500m), reason.Excess);
    }

    [Fact]
    public void Does_not_count_the_order_twice_when_it_is_already_among_the_uninvoiced_orders()
    {
        var client = A.Client with { Limit = new CreditLimit(A.Eur(1_000m)) };

        var decision = BlockRules.Evaluate(client, [], [An.Order], An.Order, A.Today);

        Assert.False(decision.IsBlocked);
    }

    [Fact]
    public void Blocks_any_order_when_the_limit_is_zero()
    {
        var client = A.Client with { Limit = new CreditLimit(A.Eur(0m)) };

        var decision = BlockRules.Evaluate(client, [], [], An.Order with { Amount = A.Eur(0.01m) }, A.Today);

        Assert.True(decision.Has<BlockReason.LimitExceeded>());
        Assert.False(decision.Has<BlockReason.NoCreditLine>());
    }

    [Fact]
    public void Blocks_a_client_without_a_credit_line()
    {
        var client = A.Client with { Limit = null };

        var decision = BlockRules.Evaluate(client, [], [], An.Order, A.Today);

        Assert.IsType<BlockReason.NoCreditLine>(Assert.Single(decision.Reasons));
    }

    [Fact]
    public void Blocks_on_overdue_beyond_the_tolerated_amount_and_age()
    {
        var options = new BlockRuleOptions { OverdueAmountTolerance = 500m, OverdueDaysTolerance = 15 };
        var items = new[]
        {
            An.InvoiceDaysPastDue(10, 5_000m, "F-1"),
            An.InvoiceDaysPastDue(20, 400m, "F-2"),
            An.InvoiceDaysPastDue(40, 300m, "F-3"),
        };

        var decision = BlockRules.Evaluate(A.Client, items, [], An.Order, A.Today, options);

        var reason = Assert.IsType<BlockReason.OverdueBeyondTolerance>(Assert.Single(decision.Reasons));
        Assert.Equal(A.Eur(700m), reason.Overdue);
        Assert.Equal(2, reason.ItemCount);
        Assert.Equal(40, reason.OldestDaysPastDue);
        Assert.Equal(A.Eur(500m), reason.AmountTolerance);
    }

    [Fact]
    public void Tolerates_overdue_within_the_configured_amount_whatever_the_number_of_invoices()
    {
        var options = new BlockRuleOptions { OverdueAmountTolerance = 1_000m };
        var items = Enumerable.Range(1, 9).Select(i => An.InvoiceDaysPastDue(60, 100m, $"F-{i}"));

        var decision = BlockRules.Evaluate(A.Client, items, [], An.Order, A.Today, options);

        Assert.False(decision.IsBlocked);
    }

    [Fact]
    public void Does_not_count_an_item_due_today_as_overdue()
    {
        var decision = BlockRules.Evaluate(A.Client, [An.InvoiceDaysPastDue(0, 100m)], [], An.Order, A.Today);

        Assert.False(decision.IsBlocked);
    }

    [Fact]
    public void Blocks_when_the_review_date_has_passed()
    {
        var client = A.Client with { Limit = new CreditLimit(A.Eur(50_000m), ReviewDate: A.Today.AddDays(-3)) };

        var decision = BlockRules.Evaluate(client, [], [], An.Order, A.Today);

        var reason = Assert.IsType<BlockReason.ReviewDatePassed>(Assert.Single(decision.Reasons));
        Assert.Equal(3, reason.DaysSince);
    }

    [Fact]
    public void Does_not_block_on_the_review_date_itself()
    {
        var client = A.Client with { Limit = new CreditLimit(A.Eur(50_000m), ReviewDate: A.Today) };

        Assert.False(BlockRules.Evaluate(client, [], [], An.Order, A.Today).IsBlocked);
    }

    [Fact]
    public void Lists_every_reason_at_once()
    {
        var client = A.Client with
        {
            Limit = new CreditLimit(A.Eur(100m), ReviewDate: A.Today.AddDays(-1)),
            ManualBlock = true,
        };

        var decision = BlockRules.Evaluate(client, [An.InvoiceDaysPastDue(5, 50m)], [], An.Order, A.Today);

        Assert.Equal(
            ["block.overdue", "block.limit-exceeded", "block.review-date-passed", "block.manual"],
            decision.Reasons.Select(reason => reason.Key));
    }

    [Fact]
    public void Never_blocks_a_prepayment_order()
    {
        var client = A.Client with { Limit = null, ManualBlock = true };
        var order = An.Order with { Prepayment = true, Amount = A.Eur(1_000_000m) };

        var decision = BlockRules.Evaluate(client, [An.InvoiceDaysPastDue(200, 9_999m)], [], order, A.Today);

        Assert.False(decision.IsBlocked);
        Assert.Equal(BlockExemption.Prepayment, decision.Exemption);
    }

    [Fact]
    public void Blocks_before_the_line_starts()
    {
        var client = A.Client with { Limit = new CreditLimit(A.Eur(50_000m), ValidFrom: A.Today.AddDays(1)) };

        var decision = BlockRules.Evaluate(client, [], [], An.Order, A.Today);

        Assert.True(decision.Has<BlockReason.LimitNotYetValid>());
    }
}
