using CreditBot.Domain.Clients;
using CreditBot.Domain.Digests;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Tests.Support;

namespace CreditBot.Domain.Tests.Digests;

public class WeeklyDsoSummaryTests
{
    private static readonly ClientPosition North = new(
        A.Client with { Code = new ClientCode("N1"), Name = "North One", BusinessUnit = "North", Country = "FR" },
        [An.InvoiceDaysPastDue(10, 300m) with { Client = new ClientCode("N1") }],
        [new MonthlySales(2025, 6, A.Eur(300m)), new MonthlySales(2025, 5, A.Eur(310m))]);

    private static readonly ClientPosition South = new(
        A.Client with { Code = new ClientCode("S1"), Name = "South One", BusinessUnit = "South", Country = "FR" },
        [An.InvoiceDaysPastDue(-5, 600m) with { Client = new ClientCode("S1") }],
        [new MonthlySales(2025, 6, A.Eur(300m)), new MonthlySales(2025, 5, A.Eur(310m))]);

    [Fact]
    public void Counts_back_the_combined_receivables_and_sales()
    {
        var summary = WeeklyDsoSummary.Compose([North, South], [], A.Today, Currency.Eur);

        Assert.Equal(30m + (300m / 620m * 31m), summary.Dso.Days);
        Assert.Equal(DsoMethod.CountBack, summary.Dso.Method);
        Assert.Equal(A.Eur(300m), summary.OverdueRate.Overdue);
    }

    [Fact]
    public void Breaks_dso_down_by_business_unit_country_and_salesperson()
    {
        var summary = WeeklyDsoSummary.Compose([North, South], [], A.Today, Currency.Eur);

        var units = summary.Groups.Where(group => group.Kind == GroupKind.BusinessUnit).ToList();
        Assert.Equal(["North", "South"], units.Select(group => group.Key));
        Assert.Equal(30m, units[0].Dso.Days);
        Assert.Equal(30m + (300m / 310m * 31m), units[1].Dso.Days);
        Assert.Equal(100m, units[0].OverdueRate.Percent);
        Assert.Equal(2, Assert.Single(summary.Groups, group => group.Kind == GroupKind.Country).Clients);
        Assert.Equal(string.Empty, Assert.Single(summary.Groups, group => group.Kind == GroupKind.Salesperson).Key);
    }

    [Fact]
    public void Lists_the_largest_overdue_clients_and_the_change_in_dso()
    {
        var previous = CountBackDso.Compute(A.Eur(0m), [new MonthlySales(2025, 6, A.Eur(1m))]);

        var summary = WeeklyDsoSummary.Compose([North, South], [], A.Today, Currency.Eur, previous);

        var top = Assert.Single(summary.TopOverdue);
        Assert.Equal("N1", top.Client.Value);
        Assert.Equal(10, top.OldestDaysPastDue);
        Assert.Equal(summary.Dso.Days, summary.DsoChange);
    }

    [Fact]
    public void Includes_only_decided_committee_requests()
    {
        var open = LimitRequestBuilder.ALimitRequest.Build();
        var decided = LimitRequestBuilder.ALimitRequest.Build();
        decided.Close(decided.Deadline);

        var summary = WeeklyDsoSummary.Compose([], [open, decided], A.Today, Currency.Eur);

        Assert.Same(decided, Assert.Single(summary.Decisions));
        Assert.Equal(DsoStatus.Computed, summary.Dso.Status);
    }
}
