using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.Domain;
using CreditBot.Domain.Dso;

namespace CreditBot.Tests.Answers;

public class DsoCardTests
{
    [Fact]
    public void The_count_back_headline_states_method_period_and_day_count()
    {
        // METRICS.md C1: 212 000 against 100 000, 80 000, 70 000 with 30-day months gives 73.7 days.
        var countBack = CountBackDso.Compute(
            Money.Eur(212_000m),
            [new(2026, 9, Money.Eur(100_000m)), new(2026, 8, Money.Eur(80_000m)), new(2026, 7, Money.Eur(70_000m))],
            DayCountConvention.ThirtyDayMonths);

        var data = DsoCard.Data(new DsoView(DsoScopeKind.BusinessUnit, new DateOnly(2026, 9, 30), countBack, ScopeName: "Industrie"), TurnCulture.English);

        Assert.Equal("73.7 days", (string?)data["headline"]);
        Assert.Equal("DSO of business unit Industrie", (string?)data["title"]);
        Assert.Equal("Count-back over 3 months (July 2026 to September 2026), 30-day months; receivables €212,000.00.", (string?)data["method"]);
        Assert.False((bool)data["hasStatus"]!);
    }

    [Fact]
    public void Ratio_best_possible_delinquent_and_overdue_rate_sit_beside_it()
    {
        var view = AnswerSamples.PortfolioDso();

        var data = DsoCard.Data(view, TurnCulture.French);

        Assert.Equal(Figures.Days(view.CountBack.Days!.Value, TurnCulture.French), (string?)data["headline"]);
        Assert.Equal(Figures.Days(view.Ratio!.Days!.Value, TurnCulture.French), CardData.Value(data, "figures", "DSO méthode comptable"));
        Assert.Equal(Figures.Days(view.BestPossible!.Days!.Value, TurnCulture.French), CardData.Value(data, "figures", "Meilleur DSO possible"));
        Assert.Equal(
            Figures.Days(view.CountBack.Days!.Value - view.BestPossible.Days!.Value, TurnCulture.French),
            CardData.Value(data, "figures", "Retard moyen (ADD)"));
        Assert.Equal(Figures.Percent(view.OverdueRate!.Percent!.Value, TurnCulture.French), CardData.Value(data, "figures", "Taux d'échu"));
        Assert.Equal("Montants TTC, litiges inclus, avoirs inclus, encaissements non lettrés inclus.", (string?)data["inclusions"]);
    }

    [Fact]
    public void A_count_back_that_stops_says_so_and_gives_the_days_reached()
    {
        var countBack = CountBackDso.Compute(
            Money.Eur(150_000m),
            [new(2026, 10, Money.Eur(100_000m)), new(2026, 9, Money.Eur(0m)), new(2026, 8, Money.Eur(70_000m))]);

        var data = DsoCard.Data(new DsoView(DsoScopeKind.Company, new DateOnly(2026, 10, 31), countBack), TurnCulture.English);

        Assert.Equal(DsoStatus.StoppedAtNonPositiveSales, countBack.Status);
        Assert.Equal("at least 31 days", (string?)data["headline"]);
        Assert.True((bool)data["hasStatus"]!);
        Assert.Equal("The count-back stopped at September 2026: sales that month were zero or negative.", (string?)data["status"]);
        Assert.Equal("DSO of the company", (string?)data["title"]);
    }
}
