using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using CreditBot.Bot;
using CreditBot.Cards;
using CreditBot.Hosting;
using CreditBot.Users;

namespace CreditBot.Questions;

/// <summary><c>creditbot ask "&lt;question&gt;" --as &lt;UPN or object id&gt; [--lang fr|en] [--json]</c>: the chat answer on the console.</summary>
public static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question, as typed in Teams." };
        var asker = new Option<string>("--as") { Description = "Who asks: a UPN or an Entra object id (their rights apply).", Required = true };
        var language = new Option<string>("--lang") { Description = "Answer language: fr or en.", DefaultValueFactory = _ => "fr" };
        language.AcceptOnlyFromAmong("fr", "en");
        var json = new Option<bool>("--json") { Description = "Print the card as JSON instead of its text." };
        var command = new Command("ask", "Answer a question as the bot would in Teams.") { question, asker, language, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CreditBotWebApp.BuildJobHost(parse.GetValue(CreditBotCommandLine.DatabaseOption)?.FullName);
            var services = host.Services;
            var person = await services.GetRequiredService<PeopleDirectory>().FindByObjectIdOrUpnAsync(parse.GetRequiredValue(asker), cancellationToken);
            var culture = parse.GetValue(language) == "en" ? TurnCulture.English : TurnCulture.French;
            var text = parse.GetRequiredValue(question);
            var answer = services.GetRequiredService<QuestionHandler>().Respond(QuestionParser.Parse(text), person, culture, text);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                var document = new JsonObject
                {
                    ["kind"] = answer.Kind,
                    ["clientCode"] = answer.ClientCode,
                    ["text"] = answer.Text,
                    ["card"] = answer.Card?.ToNode(),
                };
                await output.WriteLineAsync(document.ToJsonString(new JsonSerializerOptions(CardJson.Context.Options) { WriteIndented = true }));
            }
            else
            {
                await output.WriteLineAsync(answer.Card is { } card ? CardText.Of(card.ToNode()) : answer.Text);
            }

            return answer.Kind is "refused" ? 3 : 0;
        });
        return command;
    }
}
