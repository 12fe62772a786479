using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.Cards;
using CreditBot.Company;
using CreditBot.Hosting;
using CreditBot.Users;

namespace CreditBot.Digests;

/// <summary>
/// <c>creditbot digest daily|weekly [--as-of DATE] [--to UPN] [--preview] [--json] [--lang fr|en] [--report]</c>: previews a
/// digest (the card's text, or with <c>--json</c> the card) for the named person, or for the whole company when
/// <c>--to</c> is left out, without sending anything; without <c>--preview</c>, makes the run (claimed and enqueued
/// exactly as the scheduler would, once per kind and date), delivered by the bot's dispatcher; <c>--report</c> tells
/// how the run's delivery went.
/// </summary>
public static class DigestCommands
{
    public static Command Digest()
    {
        var kind = new Argument<string>("kind") { Description = "daily or weekly." };
        kind.AcceptOnlyFromAmong("daily", "weekly");
        var asOf = new Option<string?>("--as-of") { Description = "The business date (yyyy-MM-dd); default: today in the company's time zone." };
        var to = new Option<string?>("--to") { Description = "Preview for this person (UPN or object id) only." };
        var preview = new Option<bool>("--preview", "--dry-run") { Description = "Print the digest; send nothing, record nothing." };
        var json = new Option<bool>("--json") { Description = "With --preview: print the cards as JSON." };
        var report = new Option<bool>("--report") { Description = "Print who got the run's digest, who could not be reached and why (outbox outcomes)." };
        var lang = new Option<string>("--lang") { Description = "Language of a whole-company preview: fr or en.", DefaultValueFactory = _ => "fr" };
        lang.AcceptOnlyFromAmong("fr", "en");
        var command = new Command("digest", "Preview or send the daily overdue digest or the weekly DSO summary for a date.") { kind, asOf, to, preview, json, lang, report };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var digestKind = parse.GetValue(kind) == "weekly" ? DigestKind.Weekly : DigestKind.Daily;
            DateOnly? date = null;
            if (parse.GetValue(asOf) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"--as-of: '{text}' is not a date yyyy-MM-dd");
                    return 2;
                }

                date = parsed;
            }

            using var host = CreditBotWebApp.BuildJobHost(parse.GetValue(CreditBotCommandLine.DatabaseOption)?.FullName);
            var services = host.Services;
            var businessDate = date ?? services.GetRequiredService<CompanyClock>().Today;
            var runner = services.GetRequiredService<DigestRunner>();
            if (parse.GetValue(report))
            {
                if (services.GetRequiredService<DigestDeliveryReport>().Of(digestKind, businessDate) is not { } lines)
                {
                    await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"No {digestKind.Key()} digest was made for {businessDate:yyyy-MM-dd}."));
                    return 1;
                }

                foreach (var line in lines)
                {
                    await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{line.Recipient}  {line.Status?.ToString() ?? "missing",-16} {line.Attempts,3}  {line.LastError}"));
                }

                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{lines.Count(l => l.Delivered)} delivered, {lines.Count(l => l.Unreachable)} not reachable, {lines.Count(l => !l.Delivered && !l.Unreachable)} on the way"));
                return 0;
            }

            if (!parse.GetValue(preview))
            {
                var outcome = await runner.RunAsync(digestKind, businessDate, "command line", cancellationToken);
                await Console.Out.WriteLineAsync(outcome switch
                {
                    DigestRunOutcome.Claimed claimed => string.Create(CultureInfo.InvariantCulture,
                        $"{digestKind.Key()} digest of {businessDate:yyyy-MM-dd}: {claimed.Messages} messages enqueued; the bot's dispatcher delivers them."),
                    _ => string.Create(CultureInfo.InvariantCulture, $"{digestKind.Key()} digest of {businessDate:yyyy-MM-dd} was already made: nothing enqueued."),
                });
                return 0;
            }

            var cards = new List<(string Who, JsonNode Card)>();
            if (parse.GetValue(to) is { } name)
            {
                var person = await services.GetRequiredService<PeopleDirectory>().FindByObjectIdOrUpnAsync(name, cancellationToken);
                if (person.ObjectId.Length == 0)
                {
                    await Console.Error.WriteLineAsync($"--to: nobody named '{name}' is known");
                    return 2;
                }

                var composed = await runner.ComposeAsync(digestKind, businessDate, person.ObjectId, cancellationToken);
                cards.AddRange(composed.Messages.Where(m => m.Card is not null).Select(m => (m.Name ?? m.ObjectId, m.Card!.ToNode())));
            }
            else
            {
                var culture = CultureInfo.GetCultureInfo(parse.GetValue(lang) == "en" ? "en-US" : "fr-FR");
                var card = digestKind == DigestKind.Weekly
                    ? WeeklySummaryCard.Render(services.GetRequiredService<WeeklySummaryComposer>().Compose(businessDate), culture)
                    : DailyDigestCard.Render(services.GetRequiredService<DailyDigestComposer>().CompanyView(businessDate, "CreditBot"), culture);
                cards.Add(("company", card.ToNode()));
            }

            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(new JsonArray([.. cards.Select(c => c.Card.DeepClone())]).ToJsonString());
                return 0;
            }

            foreach (var (who, card) in cards)
            {
                await Console.Out.WriteLineAsync($"== {who}");
                await Console.Out.WriteLineAsync(CardText.Of(card));
            }

            return 0;
        });
        return command;
    }
}
