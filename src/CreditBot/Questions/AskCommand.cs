using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CreditBot.Bot;
using CreditBot.Cards;
using CreditBot.Hosting;
using CreditBot.Storage;
using CreditBot.Users;
using Microsoft.Extensions.Options;

namespace CreditBot.Questions;

/// <summary><c>creditbot ask "&lt;question&gt;" --as &lt;UPN or object id&gt; [--lang fr|en] [--as-of DATE] [--json]</c>: the chat answer on the console.</summary>
public static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question, as typed in Teams." };
        var asker = new Option<string>("--as") { Description = "Who asks: a UPN or an Entra object id (their rights apply).", Required = true };
        var language = new Option<string?>("--lang") { Description = "Answer language: fr or en (default: the language of the question, then the person's, then French)." };
        language.AcceptOnlyFromAmong("fr", "en");
        var asOf = new Option<string?>("--as-of") { Description = "Compute as of this date, yyyy-MM-dd (default: today in the company's time zone)." };
        var json = new Option<bool>("--json") { Description = "Print the card as JSON instead of its text." };
        var command = new Command("ask", "Answer a question as the bot would in Teams.") { question, asker, language, asOf, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            DateOnly? day = null;
            if (parse.GetValue(asOf) is { } asOfText)
            {
                if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"--as-of: '{asOfText}' is not a date yyyy-MM-dd");
                    return 2;
                }

                day = parsed;
            }

            using var host = await CreditBotWebApp.BuildReadJobHostAsync(parse.GetValue(CreditBotCommandLine.DatabaseOption)?.FullName, cancellationToken);
            var services = host.Services;

            // Opening a missing store would create an empty one and answer "no client named ...".
            var store = Path.GetFullPath(services.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath, AppContext.BaseDirectory);
            if (!File.Exists(store))
            {
                await Console.Error.WriteLineAsync($"No store at {store}: import a ledger first (creditbot import ... --db PATH) or give --db.");
                return 2;
            }

            var person = await services.GetRequiredService<PeopleDirectory>().FindByObjectIdOrUpnAsync(parse.GetRequiredValue(asker), cancellationToken);
            var text = parse.GetRequiredValue(question);
            var handler = services.GetRequiredService<QuestionHandler>();
            var parsedQuestion = handler.Parse(text);
            var culture = parse.GetValue(language) switch
            {
                "en" => TurnCulture.English,
                "fr" => TurnCulture.French,
                _ => TurnCulture.For(new BotFramework.Activity(), person.Language, parsedQuestion.Language),
            };
            var answer = handler.Respond(parsedQuestion, person, culture, text, day);
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
