using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Domain.Clients;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Answers;

/// <summary>
/// Renders <c>cards/client-choice.json</c>: "which client did you mean?" with one button per candidate. Each button is
/// an <c>Action.Execute</c> with verb <see cref="Verb"/> and data holding only the client code and the question kind
/// (the server re-checks both), with an <c>Action.Submit</c> fallback carrying the verb in its data.
/// </summary>
public static class ClientChoiceCard
{
    public const string TemplateName = "client-choice";

    public const string Verb = "client.pick";

    /// <summary>Teams shows few buttons on a phone: more candidates are left to the client code.</summary>
    public const int MaxChoices = 5;

    public static RawJson Render(string searched, string question, IReadOnlyList<Client> candidates, CultureInfo culture) =>
        CardTemplates.Bind(TemplateName, Data(searched, question, candidates, culture));

    /// <param name="searched">What the user typed for the client.</param>
    /// <param name="question">The question kind to answer once a client is picked, such as <c>exposure</c>.</param>
    /// <param name="candidates">The matching clients, best first.</param>
    /// <param name="culture">The turn's culture.</param>
    public static JsonObject Data(string searched, string question, IReadOnlyList<Client> candidates, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var data = Choices(question, candidates, culture);
        data["title"] = T.Get("choice.title", culture);
        data["intro"] = T.Format("choice.intro", culture, Markdown.Literal(searched));
        return data;
    }

    /// <summary>The candidates and their buttons, shared with <see cref="ClientNotFoundCard"/>.</summary>
    internal static JsonObject Choices(string question, IReadOnlyList<Client> candidates, CultureInfo culture)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        var choices = new JsonArray();
        foreach (var client in candidates.Take(MaxChoices))
        {
            var details = new[] { client.Country, client.BusinessUnit }.Where(part => !string.IsNullOrWhiteSpace(part)).ToList();
            choices.Add(new JsonObject
            {
                ["detail"] = string.Join(" · ", details),
                ["hasDetail"] = details.Count > 0,
                ["button"] = $"{client.Name} ({client.Code.Value})",
                ["clientCode"] = client.Code.Value,
            });
        }

        var more = candidates.Count - choices.Count;
        return new JsonObject
        {
            ["verb"] = Verb,
            ["question"] = question,
            ["choices"] = choices,
            ["hasMore"] = more > 0,
            ["more"] = Figures.Plural("choice.more", more, more.ToString("N0", culture), culture),
        };
    }
}
