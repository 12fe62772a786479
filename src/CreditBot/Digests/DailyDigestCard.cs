using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.Answers;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Domain;
using A = CreditBot.Texts.AnswerTexts;
using T = CreditBot.Texts.DigestTexts;

namespace CreditBot.Digests;

/// <summary>
/// Renders <c>cards/daily-digest.json</c>: a stale-data warning first when the import is too old, the date of the data,
/// the total overdue and its change since the previous digest, what fell due since the previous business day, then
/// the to-chase list and the sections that have something to say. Tapping a row asks for that client's exposure;
/// the buttons ask for the blocked orders and the overdue clients (answers re-read and re-authorised by the bot).
/// </summary>
public static class DailyDigestCard
{
    public const string TemplateName = "daily-digest";

    /// <summary>Rows shown per section; the rest is counted in "and N more".</summary>
    public const int RowsPerSection = 5;

    public static RawJson Render(DailyDigestView view, CultureInfo culture) => CardTemplates.Bind(TemplateName, Data(view, culture));

    public static JsonObject Data(DailyDigestView view, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(view);
        var digest = view.Digest;
        var since = Figures.Date(digest.PreviousRun, culture);
        var sections = new JsonArray();
        void Add(string title, IReadOnlyList<JsonObject> rows)
        {
            if (rows.Count == 0)
            {
                return;
            }

            sections.Add(new JsonObject
            {
                ["title"] = title,
                ["rows"] = FigureRow.List(rows.Take(RowsPerSection)),
                ["hasMore"] = rows.Count > RowsPerSection,
                ["more"] = T.Format("daily.more", culture, rows.Count - RowsPerSection),
            });
        }

        Add(T.Get("daily.section.chase", culture), [.. view.ToChase.Select(l => Row(l, T.Format("daily.row.item", culture, l.Number, Figures.Days(l.DaysPastDue, culture)), culture))]);
        Add(T.Get("daily.section.newly-overdue", culture), [.. view.NewlyOverdue.Select(l => Row(l, T.Format("daily.row.item", culture, l.Number, Figures.Days(l.DaysPastDue, culture)), culture))]);
        Add(T.Get("daily.section.crossed", culture), [.. view.Crossed.Select(l => Row(l, T.Format(
            "daily.row.crossed", culture, l.Number, Figures.Days(l.DaysPastDue, culture), Figures.Days(l.CrossedDays ?? 0, culture)), culture))]);
        Add(T.Get("daily.section.promises", culture), [.. view.BrokenPromises.Select(l => Row(l, T.Format(
            l.PromisedFor >= digest.PreviousRun ? "daily.row.promise-new" : "daily.row.promise",
            culture, l.Number, Figures.Date(l.PromisedFor!.Value, culture), Figures.Days(l.DaysPastDue, culture)), culture))]);
        Add(T.Format("daily.section.disputes", culture, Figures.Days(view.OldDisputeDays, culture)),
            [.. view.OldDisputes.Select(l => Row(l, T.Format("daily.row.item", culture, l.Number, Figures.Days(l.DaysPastDue, culture)), culture))]);
        Add(T.Get("daily.section.over-limit", culture), [.. view.OverLimitClients.Select(o => new JsonObject
        {
            ["name"] = o.ClientName,
            ["detail"] = T.Format("daily.row.over-limit", culture, Figures.Money(o.Exposure, culture), Figures.Money(o.Limit, culture)),
            ["value"] = "+" + Figures.Money(o.Excess, culture),
            ["ask"] = T.Format("daily.ask.client", culture, o.Client.Value),
        })]);
        Add(T.Get("daily.section.orders", culture), [.. view.WaitingOrders.Select(o => new JsonObject
        {
            ["name"] = o.ClientName,
            ["detail"] = T.Format("daily.row.order", culture, o.Number, Figures.Days(o.DaysWaiting, culture),
                string.Join(", ", o.ReasonKeys.Select(k => A.Get(k + ".short", culture)))),
            ["value"] = Figures.Money(o.Amount, culture),
            ["ask"] = T.Get("daily.ask.blocked-orders", culture),
        })]);

        var fresh = view.Freshness;
        return new JsonObject
        {
            ["stale"] = fresh.Stale,
            ["staleWarning"] = StaleWarning(fresh, culture),
            ["title"] = T.Format("daily.title", culture, LongDate(digest.AsOf, culture)),
            ["subtitle"] = view.BusinessUnits.Count == 0
                ? T.Format("daily.portfolio.all", culture, view.RecipientName)
                : T.Format("daily.portfolio.units", culture, view.RecipientName, string.Join(", ", view.BusinessUnits)),
            ["dataLine"] = DataLine(fresh, culture),
            ["figures"] = FigureRow.List(Totals(view, culture)),
            ["nothing"] = sections.Count == 0,
            ["nothingText"] = T.Format("daily.nothing", culture, since),
            ["sections"] = sections,
            ["blockedOrdersButton"] = T.Get("daily.button.blocked-orders", culture),
            ["blockedOrdersAsk"] = T.Get("daily.ask.blocked-orders", culture),
            ["overdueClientsButton"] = T.Get("daily.button.overdue-clients", culture),
            ["overdueClientsAsk"] = T.Get("daily.ask.overdue-clients", culture),
        };
    }

    /// <summary>The notification line: "Overdue digest of 7 Dec 2026: €12,345.00 overdue".</summary>
    public static string Summary(DailyDigestView view, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(view);
        return T.Format("daily.summary", culture, Figures.Date(view.Digest.AsOf, culture), Figures.Money(view.Digest.TotalOverdue, culture));
    }

    public static string StaleWarning(DataFreshness fresh, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        return fresh.ImportedAt is { } at
            ? T.Format("daily.stale", culture, Figures.Date(DateOnly.FromDateTime(at.DateTime), culture), Time(at, culture),
                fresh.StaleAfterHours.ToString("N0", culture), Figures.Date(fresh.DataAsOf ?? DateOnly.FromDateTime(at.DateTime), culture))
            : T.Get("daily.no-data", culture);
    }

    public static string DataLine(DataFreshness fresh, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        return fresh.ImportedAt is { } at
            ? T.Format("daily.data", culture, Figures.Date(DateOnly.FromDateTime(at.DateTime), culture), Time(at, culture),
                Figures.Date(fresh.DataAsOf ?? DateOnly.FromDateTime(at.DateTime), culture))
            : T.Get("daily.no-data", culture);
    }

    private static IEnumerable<JsonObject> Totals(DailyDigestView view, CultureInfo culture)
    {
        var digest = view.Digest;
        yield return FigureRow.Of(
            T.Get("daily.total-overdue", culture),
            Figures.Money(digest.TotalOverdue, culture),
            T.Format("daily.total-overdue.note", culture, Figures.Date(digest.AsOf, culture)),
            digest.TotalOverdue.IsPositive ? Tone.Warning : Tone.Good);
        if (view.Change is { } change && view.PreviousDigestDate is { } previousDate)
        {
            yield return FigureRow.Of(
                T.Format("daily.change", culture, Figures.Date(previousDate, culture)),
                Signed(change, culture),
                T.Format("daily.change.note", culture, Figures.Money(view.PreviousTotalOverdue!.Value, culture)),
                change.IsPositive ? Tone.Attention : Tone.Good);
        }

        yield return FigureRow.Of(
            T.Format("daily.newly-overdue", culture, Figures.Date(digest.PreviousRun, culture)),
            Figures.Money(digest.NewlyOverdueAmount, culture),
            Figures.Items(digest.NewlyOverdue.Count, culture),
            digest.NewlyOverdue.Count > 0 ? Tone.Warning : Tone.Default);
    }

    private static JsonObject Row(DailyDigestView.Line line, string detail, CultureInfo culture) => new()
    {
        ["name"] = line.ClientName,
        ["detail"] = detail,
        ["value"] = Figures.Money(line.Open, culture),
        ["ask"] = T.Format("daily.ask.client", culture, line.Client.Value),
    };

    private static string Signed(Money change, CultureInfo culture) =>
        change.IsPositive ? "+" + Figures.Money(change, culture) : Figures.Money(change, culture);

    private static string LongDate(DateOnly date, CultureInfo culture) => date.ToString("dddd d MMMM yyyy", culture);

    private static string Time(DateTimeOffset at, CultureInfo culture) => at.ToString("t", culture);
}
