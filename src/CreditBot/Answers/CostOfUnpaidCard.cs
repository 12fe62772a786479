using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Domain.Receivables;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Answers;

/// <summary>
/// Renders <c>cards/cost-of-unpaid.json</c>: the sales needed to earn an unpaid amount back at a margin
/// (<c>CostOfUnpaid.Of</c>: 10 000 € at 10 % → 100 000 €).
/// </summary>
public static class CostOfUnpaidCard
{
    public const string TemplateName = "cost-of-unpaid";

    public static RawJson Render(CostOfUnpaid cost, CultureInfo culture) => CardTemplates.Bind(TemplateName, Data(cost, culture));

    public static JsonObject Data(CostOfUnpaid cost, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(cost);
        var loss = Figures.Money(cost.Loss, culture);
        var margin = Figures.Percent(cost.MarginRate * 100m, culture, 2);
        var rows = new List<JsonObject>
        {
            FigureRow.Of(T.Get("cost.loss", culture), loss),
            FigureRow.Of(T.Get("cost.margin", culture), margin),
            cost.SalesNeeded is { } sales
                ? FigureRow.Of(T.Get("cost.sales-needed", culture), Figures.Money(sales, culture), tone: Tone.Attention)
                : FigureRow.Of(T.Get("cost.sales-needed", culture), T.Get("cost.impossible", culture), tone: Tone.Attention),
        };

        return new JsonObject
        {
            ["title"] = T.Get("cost.title", culture),
            ["headline"] = cost.SalesNeeded is { } needed
                ? T.Format("cost.headline", culture, Figures.Money(needed, culture), loss, margin)
                : T.Get("cost.headline-no-margin", culture),
            ["figures"] = FigureRow.List(rows),
            ["definition"] = T.Get("cost.definition", culture),
        };
    }
}
