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
        // AnswerSamples.PortfolioDso, worked by hand (calendar days; receivables 212 000, of which 120 000 not due):
        // count-back: October 100 000 (31 d) leaves 112 000; September 80 000 (30 d) leaves 32 000;
        //   August 32 000 / 70 000 × 31 = 14,1714 d → 31 + 30 + 14,1714 = 75,1714 → 75,2 days;
        // ratio: 212 000 / 250 000 × 92 days (1 August to 31 October) = 78,016 → 78 days;
        // best possible: 120 000 − October 100 000 (31 d) = 20 000; 20 000 / 80 000 × 30 = 7,5 → 38,5 days;
        // ADD: 75,1714 − 38,5 = 36,6714 → 36,7 days; overdue rate: 92 000 / 212 000 = 43,396 % → 43,4 %;
        // CEI: (190 000 + 250 000 / 3 − 212 000) / (190 000 + 250 000 / 3 − 120 000) = 61 333,33 / 153 333,33 = 40 %.
        var view = AnswerSamples.PortfolioDso();

        var data = DsoCard.Data(view, TurnCulture.French);

        Assert.Equal("75,2 jours", (string?)data["headline"]);
        Assert.Equal("78 jours", CardData.Value(data, "figures", "DSO méthode comptable"));
        Assert.Equal("38,5 jours", CardData.Value(data, "figures", "Meilleur DSO possible"));
        Assert.Equal("36,7 jours", CardData.Value(data, "figures", "Retard moyen (ADD)"));
        Assert.Equal("43,4\u00A0%", CardData.Value(data, "figures", "Taux d'échu"));
        Assert.Equal("40\u00A0%", CardData.Value(data, "figures", "Indice d'efficacité du recouvrement"));
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

    [Theory]
    [InlineData("en", "not computable", "The count-back stopped at October 2026: sales that month were zero or negative.")]
    [InlineData("fr", "non calculable", "L'épuisement s'est arrêté en octobre 2026 : le CA de ce mois était nul ou négatif.")]
    public void A_count_back_that_stops_at_the_first_month_is_not_computable_rather_than_at_least_zero_days(string language, string headline, string status)
    {
        // A real FEC whose last month holds no sale: nothing was counted, so "at least 0 days" would say nothing.
        var countBack = CountBackDso.Compute(
            Money.Eur(14_416.52m),
            [new(2026, 10, Money.Eur(0m)), new(2026, 9, Money.Eur(20_000m))]);

        var data = DsoCard.Data(new DsoView(DsoScopeKind.Company, new DateOnly(2026, 10, 31), countBack), language == "fr" ? TurnCulture.French : TurnCulture.English);

        Assert.Equal(0m, countBack.DaysWalked);
        Assert.Equal(headline, (string?)data["headline"]);
        Assert.Equal(status, ((string?)data["status"])?.Replace('\u00A0', ' '));
    }
}
