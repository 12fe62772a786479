using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Domain.Dso;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Answers;

/// <summary>
/// Renders <c>cards/dso.json</c>: the count-back DSO as the headline with its method, period, day count and what the
/// amounts include; the simple ratio DSO, best possible DSO, average days delinquent, overdue rate and collection
/// effectiveness index beside it. A count-back that stops says so and gives the days it reached.
/// </summary>
public static class DsoCard
{
    public const string TemplateName = "dso";

    public static RawJson Render(DsoView view, CultureInfo culture) => CardTemplates.Bind(TemplateName, Data(view, culture));

    public static JsonObject Data(DsoView view, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(view);
        var countBack = view.CountBack;
        var status = countBack.Status switch
        {
            DsoStatus.StoppedAtNonPositiveSales when countBack.Steps.Count > 0 => T.Format(
                "dso.status.stopped", culture, Figures.Month(countBack.Steps[^1].Year, countBack.Steps[^1].Month, culture)),
            DsoStatus.Computed => string.Empty,
            _ => T.Get("dso.status.exhausted", culture),
        };

        return new JsonObject
        {
            ["title"] = view.ScopeName is { Length: > 0 } name
                ? T.Format($"dso.title.{Scope(view.Scope)}", culture, name)
                : T.Format($"dso.title.{Scope(view.Scope)}", culture, string.Empty).TrimEnd(),
            ["subtitle"] = T.Format("dso.subtitle", culture, Figures.Date(view.AsOf, culture)),
            ["headlineLabel"] = T.Get("dso.count-back", culture),
            ["headline"] = countBack.Days is { } days
                ? Figures.Days(days, culture)
                : countBack.DaysWalked > 0
                    ? T.Format("dso.at-least", culture, Figures.Days(countBack.DaysWalked, culture))
                    : T.Get("dso.not-computable", culture),
            ["headlineColor"] = (countBack.IsComputed ? Tone.Default : Tone.Warning).ToString(),
            ["method"] = Method(countBack, culture),
            ["hasStatus"] = status.Length > 0,
            ["status"] = status,
            ["inclusions"] = Inclusions(countBack.Included, culture),
            ["figures"] = FigureRow.List(Rows(view, culture)),
        };
    }

    /// <summary>"Count-back over 3 months (September 2026 to November 2026), calendar days; receivables 123 456,00 €."</summary>
    public static string Method(DsoResult countBack, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(countBack);
        var months = countBack.Steps.Count;
        return T.Format(
            "dso.method.count-back",
            culture,
            Figures.Plural("months", months, months.ToString("N0", culture), culture),
            Figures.Month(countBack.PeriodStart.Year, countBack.PeriodStart.Month, culture),
            Figures.Month(countBack.PeriodEnd.Year, countBack.PeriodEnd.Month, culture),
            T.Get(countBack.DayCount == DayCountConvention.ThirtyDayMonths ? "dso.day-count.thirty" : "dso.day-count.calendar", culture),
            Figures.Money(countBack.Receivables, culture));
    }

    /// <summary>What the receivables and sales include, as a sentence.</summary>
    public static string Inclusions(DsoInclusions included, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(included);
        var parts = new[]
        {
            T.Get(included.AmountsTaxIncluded ? "dso.inclusions.ttc" : "dso.inclusions.ht", culture),
            T.Get(included.DisputedItemsIncluded ? "dso.inclusions.disputed-in" : "dso.inclusions.disputed-out", culture),
            T.Get(included.CreditNotesIncluded ? "dso.inclusions.credit-notes-in" : "dso.inclusions.credit-notes-out", culture),
            T.Get(included.UnappliedCashIncluded ? "dso.inclusions.unapplied-in" : "dso.inclusions.unapplied-out", culture),
        };
        return string.Join(", ", parts) + ".";
    }

    private static IEnumerable<JsonObject> Rows(DsoView view, CultureInfo culture)
    {
        if (view.Ratio is { } ratio)
        {
            var note = T.Format(
                "dso.ratio-note",
                culture,
                Figures.Number(ratio.PeriodDays, culture),
                Figures.Date(ratio.PeriodStart, culture),
                Figures.Date(ratio.PeriodEnd, culture));
            yield return FigureRow.Of(T.Get("dso.ratio", culture), DaysOrNoSales(ratio, culture), note);
        }

        if (view.BestPossible is { } best)
        {
            yield return FigureRow.Of(T.Get("dso.best-possible", culture), DaysOrNoSales(best, culture), T.Get("dso.best-possible-note", culture));
            if (view.CountBack.IsComputed && best.IsComputed && best.Method == view.CountBack.Method && best.DayCount == view.CountBack.DayCount)
            {
                var delinquent = AverageDaysDelinquent.Of(view.CountBack, best);
                yield return FigureRow.Of(
                    T.Get("dso.delinquent", culture),
                    Figures.Days(delinquent.Days!.Value, culture),
                    T.Get("dso.delinquent-note", culture),
                    delinquent.Days > 0m ? Tone.Warning : Tone.Good);
            }
        }

        if (view.OverdueRate is { Percent: { } percent } rate)
        {
            yield return FigureRow.Of(
                T.Get("dso.overdue-rate", culture),
                Figures.Percent(percent, culture),
                T.Format("dso.overdue-rate-note", culture, Figures.Money(rate.Overdue, culture), Figures.Money(rate.Total, culture)),
                percent > 0m ? Tone.Warning : Tone.Good);
        }

        if (view.Cei is { Percent: { } cei } index)
        {
            yield return FigureRow.Of(
                T.Get("dso.cei", culture),
                Figures.Percent(cei, culture),
                T.Format("dso.cei-note", culture, Figures.Plural("months", index.Months, index.Months.ToString("N0", culture), culture)));
        }
    }

    private static string DaysOrNoSales(DsoResult result, CultureInfo culture) =>
        result.Days is { } days ? Figures.Days(days, culture) : T.Get("dso.no-sales", culture);

    private static string Scope(DsoScopeKind scope) => scope switch
    {
        DsoScopeKind.Portfolio => "portfolio",
        DsoScopeKind.BusinessUnit => "business-unit",
        DsoScopeKind.Country => "country",
        DsoScopeKind.Company => "company",
        DsoScopeKind.Client => "client",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "Unknown DSO scope."),
    };
}
