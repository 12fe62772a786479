using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CreditBot.Hosting;
using CreditBot.Ledger;

namespace CreditBot.Delivery;

/// <summary><c>creditbot deliveries [--failed] [--since DATE] [--json]</c>: what the outbox delivered, and what it could not.</summary>
public static class DeliveryCommands
{
    public static Command Deliveries()
    {
        var failed = new Option<bool>("--failed") { Description = "Only messages with a terminal failure (blocked, not installed, gone, disabled, rejected, gave up)." };
        var since = new Option<string?>("--since") { Description = "Only messages changed since this date (yyyy-MM-dd, UTC) or time (ISO 8601)." };
        var json = new Option<bool>("--json") { Description = "Print the messages as JSON (no payloads)." };
        var command = new Command("deliveries", "List the outbox of proactive messages and their outcomes.") { failed, since, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            DateTimeOffset? from = null;
            if (parse.GetValue(since) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"--since: '{text}' is not a date yyyy-MM-dd or an ISO 8601 time");
                    return 2;
                }

                from = parsed;
            }

            Environment.SetEnvironmentVariable("Logging__Console__LogToStandardErrorThreshold", "Trace");
            using var host = CreditBotWebApp.BuildJobHost(parse.GetValue(CreditBotCommandLine.DatabaseOption)?.FullName);
            var store = host.Services.GetRequiredService<IOutboxStore>();
            var messages = store.List(new OutboxQuery(parse.GetValue(failed), from, Max: 10_000));
            if (parse.GetValue(json))
            {
                var rows = messages.Select(m => new
                {
                    m.Key,
                    Recipient = m.Recipient.Lane,
                    m.Status,
                    m.Attempts,
                    m.LastError,
                    m.ActivityId,
                    m.ConversationId,
                    m.CreatedAt,
                    m.UpdatedAt,
                    m.NextAttemptAt,
                });
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(rows, LedgerCommands.ReportJson));
                return 0;
            }

            foreach (var m in messages)
            {
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{m.UpdatedAt:yyyy-MM-dd HH:mm:ss}Z  {m.Status,-16} {m.Attempts,3}  {m.Key}  {m.Recipient.Lane}{(m.LastError is null ? string.Empty : "  " + m.LastError)}"));
            }

            await Console.Out.WriteLineAsync(store.Summarize(from).ToLine());
            return 0;
        });
        return command;
    }
}
