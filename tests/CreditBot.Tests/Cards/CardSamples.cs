using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.Bot;

namespace CreditBot.Tests.Cards;

/// <summary>Sample data for every template in cards/, in both languages, as the app binds it.</summary>
public static class CardSamples
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static IReadOnlyDictionary<string, Func<CultureInfo, JsonObject>> ByTemplate { get; } =
        new Dictionary<string, Func<CultureInfo, JsonObject>>(StringComparer.Ordinal)
        {
            [HelpCard.TemplateName] = HelpCard.Data,
            [WelcomeCard.TemplateName] = culture => WelcomeCard.Data(culture, inTeam: false),
        };

    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in ByTemplate.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name, "fr-FR");
            data.Add(name, "en-US");
        }

        return data;
    }

    public static JsonObject For(string template, string culture) =>
        ByTemplate[template](culture == "fr-FR" ? French : English);
}
