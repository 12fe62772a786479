using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;
using CreditBot.Cards;
using T = CreditBot.Texts.Texts;

namespace CreditBot.Bot;

/// <summary>Renders <c>cards/welcome.json</c>, sent when the app is installed.</summary>
public static class WelcomeCard
{
    public const string TemplateName = "welcome";

    public static RawJson Render(CultureInfo culture, bool inTeam) => CardTemplates.Bind(TemplateName, Data(culture, inTeam));

    public static JsonObject Data(CultureInfo culture, bool inTeam)
    {
        var helpCommand = culture.TwoLetterISOLanguageName == "fr" ? "aide" : "help";
        return new JsonObject
        {
            ["title"] = T.Get("WelcomeTitle", culture),
            ["body"] = T.Get(inTeam ? "WelcomeTeamBody" : "WelcomeBody", culture),
            ["hint"] = T.Get("WelcomeHint", culture),
            ["helpButton"] = T.Get("HelpTitle", culture),
            ["helpCommand"] = helpCommand,
        };
    }
}
