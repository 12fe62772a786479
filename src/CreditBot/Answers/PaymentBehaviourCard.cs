using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Dso;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Answers;

/// <summary>
/// Renders <c>cards/payment-behaviour.json</c>: how a client pays, amount-weighted days late over the last 3 months
/// against the 12 before, with the trend and how it is computed. The caller passes <c>PaymentBehaviour.Of</c>.
/// </summary>
public static class PaymentBehaviourCard
{
    public const string TemplateName = "payment-behaviour";

    public static RawJson Render(Client client, PaymentBehaviour behaviour, CultureInfo culture) =>
        CardTemplates.Bind(TemplateName, Data(client, behaviour, culture));

    public static JsonObject Data(Client client, PaymentBehaviour behaviour, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(behaviour);
        var tone = behaviour.Trend switch
        {
            PaymentTrend.Improving => Tone.Good,
            PaymentTrend.Worsening => Tone.Attention,
            _ => Tone.Default,
        };
        var rows = new List<JsonObject>
        {
            Window(T.Get("behaviour.recent", culture), behaviour.Recent, culture),
            Window(T.Get("behaviour.previous", culture), behaviour.Previous, culture),
            FigureRow.Of(T.Get("behaviour.trend", culture), PaymentBehaviourText.Trend(behaviour.Trend, culture), tone: tone),
        };
        if (behaviour.WholeHistory is { } history)
        {
            // Both windows empty: the settlements before them still say how the client paid, with their period.
            rows.Add(Window(T.Get("behaviour.whole-history", culture), history, culture));
        }

        return new JsonObject
        {
            ["title"] = T.Format("behaviour.card-title", culture, client.Name),
            ["subtitle"] = T.Format("common.code-at", culture, client.Code.Value, Figures.Date(behaviour.AsOf, culture)),
            ["summary"] = PaymentBehaviourText.Summary(behaviour, culture),
            ["figures"] = FigureRow.List(rows),
            ["definition"] = behaviour.LeftOut > 0
                ? T.Get("behaviour.definition", culture) + " " + T.Format("behaviour.left-out", culture, Figures.Plural("payments", behaviour.LeftOut, behaviour.LeftOut.ToString("N0", culture), culture))
                : T.Get("behaviour.definition", culture),
        };
    }

    private static JsonObject Window(string label, DaysLate window, CultureInfo culture)
    {
        var note = T.Format(
            "behaviour.window",
            culture,
            Figures.Date(window.From, culture),
            Figures.Date(window.To, culture),
            Figures.Plural("payments", window.Settlements, window.Settlements.ToString("N0", culture), culture),
            Figures.Money(window.Settled, culture));
        return window.Weighted is { } days
            ? FigureRow.Of(label, T.Format("behaviour.days-late", culture, PaymentBehaviourText.Late(days, culture)), note)
            : FigureRow.Of(label, T.Get("behaviour.no-payment", culture), note);
    }
}
