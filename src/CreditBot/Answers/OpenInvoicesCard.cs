using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Domain;
using CreditBot.Domain.Receivables;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Answers;

/// <summary>
/// Renders <c>cards/open-invoices.json</c>: what a salesperson reads before calling a client. Totals (open, overdue,
/// disputed), then the open invoices most late first with their flags (disputed, payment promised, partly paid), then
/// the credit notes and unapplied payments as negatives; at most <see cref="MaxRows"/> rows, then how many more and
/// for how much. A button opens the client's exposure.
/// </summary>
public static class OpenInvoicesCard
{
    public const string TemplateName = "open-invoices";

    /// <summary>Rows shown, debits and credits together, so the card stays small on a phone.</summary>
    public const int MaxRows = 15;

    public static RawJson Render(OpenInvoicesView view, CultureInfo culture) => CardTemplates.Bind(TemplateName, Data(view, culture));

    /// <summary>Open debits most late first (then the larger amount, then the number); credits after, largest first.</summary>
    public static IReadOnlyList<OpenItem> Ordered(OpenInvoicesView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var open = view.OpenItems.Where(item => item.Open.Amount != 0m).ToList();
        var debits = open.Where(item => item.Open.IsPositive)
            .OrderByDescending(item => AgedBalance.DaysPast(item, view.AsOf))
            .ThenByDescending(item => item.Open.Amount)
            .ThenBy(item => item.Number, StringComparer.Ordinal);
        var credits = open.Where(item => !item.Open.IsPositive)
            .OrderBy(item => item.Open.Amount)
            .ThenBy(item => item.Number, StringComparer.Ordinal);
        return [.. debits, .. credits];
    }

    public static JsonObject Data(OpenInvoicesView view, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(view);
        var currency = view.Client.Currency;
        var items = Ordered(view).Where(item => item.Open.Currency == currency).ToList();
        var debits = items.Where(item => item.Open.IsPositive).ToList();
        var overdue = Money.Sum(debits.Where(item => AgedBalance.DaysPast(item, view.AsOf) > 0).Select(item => item.Open), currency);
        var disputed = Money.Sum(debits.Where(item => item.Disputed).Select(item => item.Open), currency);
        var total = Money.Sum(items.Select(item => item.Open), currency);

        var shown = items.Take(MaxRows).ToList();
        var rest = items.Skip(MaxRows).ToList();
        var shownDebits = shown.Where(item => item.Open.IsPositive).ToList();
        var shownCredits = shown.Where(item => !item.Open.IsPositive).ToList();

        return new JsonObject
        {
            ["title"] = T.Get("open-invoices.title", culture),
            ["subtitle"] = T.Format("common.name-code-at", culture, view.Client.Name, view.Client.Code.Value, Figures.Date(view.AsOf, culture)),
            ["totals"] = FigureRow.List(
            [
                FigureRow.Of(T.Get("open-invoices.total", culture), Figures.Money(total, culture), Figures.Items(items.Count, culture)),
                FigureRow.Of(T.Get("open-invoices.overdue", culture), Figures.Money(overdue, culture), tone: overdue.IsPositive ? Tone.Attention : Tone.Good),
                FigureRow.Of(T.Get("open-invoices.disputed", culture), Figures.Money(disputed, culture), tone: disputed.IsPositive ? Tone.Warning : Tone.Default),
            ]),
            ["hasItems"] = shownDebits.Count > 0,
            ["itemsTitle"] = T.Get("open-invoices.items-title", culture),
            ["items"] = FigureRow.List(shownDebits.Select(item => Row(item, view.AsOf, culture))),
            ["hasCredits"] = shownCredits.Count > 0,
            ["creditsTitle"] = T.Get("open-invoices.credits-title", culture),
            ["credits"] = FigureRow.List(shownCredits.Select(item => Row(item, view.AsOf, culture))),
            ["hasNone"] = items.Count == 0,
            ["none"] = T.Get("open-invoices.none", culture),
            ["hasMore"] = rest.Count > 0,
            ["more"] = T.Format("open-invoices.more", culture, rest.Count.ToString("N0", culture), Figures.Money(Money.Sum(rest.Select(item => item.Open), currency), culture)),
            ["button"] = T.Get("open-invoices.exposure-button", culture),
            ["verb"] = ClientChoiceCard.Verb,
            ["clientCode"] = view.Client.Code.Value,
            ["question"] = T.Get("open-invoices.exposure-question", culture),
        };
    }

    /// <summary>"FA000032 · due 4 Dec 2026" then the issue date, days late or not due, and the flags; the open amount right.</summary>
    private static JsonObject Row(OpenItem item, DateOnly asOf, CultureInfo culture)
    {
        if (!item.Open.IsPositive)
        {
            var kind = item.Kind == OpenItemKind.Payment ? "open-invoices.kind.payment" : "open-invoices.kind.credit-note";
            return FigureRow.Of(
                $"{item.Number} · {T.Get(kind, culture)}",
                Figures.Money(item.Open, culture),
                T.Format("open-invoices.issued", culture, Figures.Date(item.IssueDate, culture)),
                Tone.Good);
        }

        var daysPast = AgedBalance.DaysPast(item, asOf);
        var notes = new List<string>
        {
            T.Format("open-invoices.issued", culture, Figures.Date(item.IssueDate, culture)),
            daysPast > 0 ? T.Format("open-invoices.days-late", culture, Figures.Days(daysPast, culture)) : T.Get("open-invoices.not-due", culture),
        };
        if (item.Disputed)
        {
            notes.Add(T.Get("open-invoices.flag.disputed", culture));
        }

        if (item.PromiseToPay is { } promise)
        {
            notes.Add(T.Format(promise < asOf ? "open-invoices.flag.promise-broken" : "open-invoices.flag.promise", culture, Figures.Date(promise, culture)));
        }

        if (item.Open < item.Amount)
        {
            notes.Add(T.Format("open-invoices.flag.partly-paid", culture, Figures.Money(item.Amount, culture)));
        }

        return FigureRow.Of(
            $"{item.Number} · {T.Format("open-invoices.due", culture, Figures.Date(item.DueDate, culture))}",
            Figures.Money(item.Open, culture),
            string.Join(" · ", notes),
            daysPast > 0 ? Tone.Attention : Tone.Default);
    }
}
