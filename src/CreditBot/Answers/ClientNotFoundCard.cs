using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Domain.Clients;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Answers;

/// <summary>
/// Renders <c>cards/client-not-found.json</c>: "no client named X", with close names as buttons (same verb and data as
/// <see cref="ClientChoiceCard"/>), or a hint to use the client code when nothing is close.
/// </summary>
public static class ClientNotFoundCard
{
    public const string TemplateName = "client-not-found";

    public static RawJson Render(string searched, string question, IReadOnlyList<Client> suggestions, CultureInfo culture) =>
        CardTemplates.Bind(TemplateName, Data(searched, question, suggestions, culture));

    public static JsonObject Data(string searched, string question, IReadOnlyList<Client> suggestions, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var data = ClientChoiceCard.Choices(question, suggestions, culture);
        data["title"] = T.Format("not-found.title", culture, Markdown.Literal(searched));
        data["intro"] = T.Get(suggestions.Count > 0 ? "not-found.did-you-mean" : "not-found.no-suggestion", culture);
        return data;
    }
}
