using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;
using CreditBot.Cards;
using T = CreditBot.Texts.Texts;

namespace CreditBot.Bot;

/// <summary>Renders <c>cards/help.json</c>: what the bot answers, with examples to click.</summary>
public static class HelpCard
{
    public const string TemplateName = "help";

    private static readonly string[] Topics = ["Exposure", "Blocked", "Invoice", "Order", "OpenInvoices", "Overdue", "PreSale", "Dso", "Cost"];

    public static RawJson Render(CultureInfo culture) => CardTemplates.Bind(TemplateName, Data(culture));

    public static JsonObject Data(CultureInfo culture)
    {
        var topics = new JsonArray();
        foreach (var topic in Topics)
        {
            topics.Add(new JsonObject
            {
                ["title"] = T.Get($"Help{topic}Title", culture),
                ["example"] = T.Get($"Help{topic}Example", culture),
            });
        }

        return new JsonObject
        {
            ["title"] = T.Get("HelpTitle", culture),
            ["intro"] = T.Get("HelpIntro", culture),
            ["topics"] = topics,
            ["footer"] = T.Get("HelpFooter", culture),
        };
    }

    /// <summary>Three example questions, for the "I did not understand" answer.</summary>
    public static IReadOnlyList<string> Examples(CultureInfo culture) =>
        Topics.Take(3).Select(t => T.Get($"Help{t}Example", culture)).ToArray();
}
