using CreditBot.Domain.Clients;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Tests.Support;
using CsCheck;

namespace CreditBot.Domain.Tests.Exposures;

public class ExposureTests
{
    [Fact]
    public void Counts_uninvoiced_orders()
    {
        var items = new[] { An.Invoice with { Open = A.Eur(12_000m) } };
        var orders = new[] { An.Order with { Amount = A.Eur(3_000m) } };

        var result = Exposure.Of(A.Client, items, orders, A.Today);

        Assert.Equal(A.Eur(15_000m), result.Exposure);
        Assert.Equal(A.Eur(12_000m), result.Receivables);
        Assert.Equal(A.Eur(3_000m), result.Orders);
        Assert.Equal(A.Eur(35_000m), result.Headroom);
        Assert.True(result.Definition.IncludesUninvoicedOrders);
        Assert.Contains("orders not yet invoiced", result.Definition.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Nets_credit_notes_against_invoices()
    {
        var items = new[] { An.Invoice with { Open = A.Eur(5_000m) }, A.CreditNote };

        var result = Exposure.Of(A.Client, items, [], A.Today);

        Assert.Equal(A.Eur(4_000m), result.Exposure);
        Assert.True(result.Definition.CreditNotesNetted);
    }

    [Fact]
    public void Shows_overdue_and_the_aged_balance()
    {
        var items = new[] { An.InvoiceDaysPastDue(10, 700m, "F-1"), An.InvoiceDaysPastDue(-3, 300m, "F-2") };

        var result = Exposure.Of(A.Client, items, [], A.Today);

        Assert.Equal(A.Eur(700m), result.Overdue);
        Assert.Equal(A.Eur(300m), result.AgedBalance.NotDue);
        Assert.Equal(result.Receivables, result.AgedBalance.Total);
    }

    [Fact]
    public void Gives_no_headroom_without_a_credit_line()
    {
        var client = A.Client with { Limit = null };

        var result = Exposure.Of(client, [An.Invoice], [], A.Today);

        Assert.Null(result.Headroom);
        Assert.False(result.HasCreditLine);
        Assert.True(result.Block.Has<BlockReason.NoCreditLine>());
    }

    [Fact]
    public void Treats_a_limit_of_zero_as_no_credit_not_as_unlimited()
    {
        var client = A.Client with { Limit = new CreditLimit(A.Eur(0m)) };

        var result = Exposure.Of(client, [An.Invoice], [], A.Today);

        Assert.Equal(A.Eur(-1_000m), result.Headroom);
        Assert.Equal(A.Eur(1_000m), result.Excess);
        Assert.True(result.Block.Has<BlockReason.LimitExceeded>());
    }

    [Fact]
    public void Shows_the_insurer_cover_beside_the_headroom()
    {
        var client = A.Client with { InsurerCover = A.Eur(800m) };

        var result = Exposure.Of(client, [An.Invoice], [], A.Today);

        Assert.Equal(A.Eur(800m), result.InsurerCover);
        Assert.Equal(A.Eur(200m), result.Uninsured);
        Assert.Equal(A.Eur(49_000m), result.Headroom);
    }

    [Fact]
    public void Leaves_out_prepayment_orders_and_other_clients()
    {
        var orders = new[]
        {
            An.Order with { Prepayment = true },
            An.Order with { Client = new ClientCode("OTHER"), Number = "C-9" },
        };

        var result = Exposure.Of(A.Client, [], orders, A.Today);

        Assert.Equal(A.Eur(0m), result.Exposure);
        Assert.False(result.Definition.IncludesPrepaymentOrders);
    }

    [Fact]
    public void Can_leave_out_disputed_items_and_still_shows_them()
    {
        var items = new[] { An.Invoice, An.Invoice with { Number = "F-2", Disputed = true, Open = A.Eur(400m) } };

        var result = Exposure.Of(A.Client, items, [], A.Today, new ExposureOptions { IncludeDisputed = false });

        Assert.Equal(A.Eur(1_000m), result.Exposure);
        Assert.Equal(A.Eur(400m), result.Disputed);
        Assert.False(result.Definition.IncludesDisputedItems);
    }

    [Fact]
    public void Refuses_an_item_in_another_currency()
    {
        var item = An.Invoice with { Open = new Money(10m, new Currency("USD")) };

        Assert.Throws<CurrencyMismatchException>(() => Exposure.Of(A.Client, [item], [], A.Today));
    }

    [Fact]
    public void Exposure_minus_limit_is_minus_the_headroom()
    {
        var amount = Gen.Decimal[-1_000_000m, 1_000_000m].Select(value => Math.Round(value, 2));

        Gen.Select(amount.Array[0, 10], amount.Array[0, 5], Gen.Decimal[0m, 2_000_000m]).Sample((opens, orderAmounts, limit) =>
        {
            var client = A.Client with { Limit = new CreditLimit(A.Eur(limit)) };
            var items = opens.Select((open, i) => An.Invoice with { Number = $"F-{i}", Open = A.Eur(open) });
            var orders = orderAmounts.Select((value, i) => An.Order with { Number = $"C-{i}", Amount = A.Eur(value) });

            var result = Exposure.Of(client, items, orders, A.Today);

            return result.Exposure - client.Limit.Amount == -result.Headroom!.Value;
        });
    }
}
