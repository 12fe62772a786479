using System.Globalization;
using CreditBot.BotFramework;
using CreditBot.Delivery;
using Microsoft.Extensions.Options;
using T = CreditBot.Texts.CommitteeTexts;

namespace CreditBot.Committee;

/// <summary>
/// Closes open requests whose deadline has passed (the domain decides: the rule's outcome, or no quorum) and reminds,
/// once, the members who have not voted when the deadline is near. Runs every minute on the injected clock; a run
/// repeated by a restart changes nothing (closing is versioned, reminders have idempotency keys).
/// </summary>
public sealed class CommitteeDeadlines(
    ILimitRequestStore store,
    CommitteeVoting voting,
    Outbox outbox,
    IOptions<CommitteeOptions> options,
    TimeProvider time,
    ILogger<CommitteeDeadlines> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    /// <summary>One pass at <paramref name="now"/>: what it closed and how many reminders it enqueued.</summary>
    public async Task<(IReadOnlyList<string> Closed, int Reminders)> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var closed = new List<string>();
        var reminders = 0;
        var remindBefore = TimeSpan.FromHours(options.Value.ReminderHoursBeforeDeadline);
        foreach (var record in store.Open())
        {
            var request = record.Request;
            if (now >= request.Deadline)
            {
                if (await voting.CloseAsync(record.Id, now, "deadline", cancellationToken) is { Changed: true })
                {
                    closed.Add(record.Id);
                }

                continue;
            }

            if (remindBefore > TimeSpan.Zero && now >= request.Deadline - remindBefore)
            {
                var sent = 0;
                foreach (var member in record.ToDomain().EligibleMembers.Where(m => !request.Votes.Any(v => string.Equals(v.Member, m, StringComparison.OrdinalIgnoreCase))))
                {
                    var culture = CultureInfo.GetCultureInfo(record.CultureOf(member));
                    var text = T.Format(
                        "reminder.text",
                        culture,
                        record.Id,
                        $"{record.ClientName} ({request.Client.Value})",
                        Answers.Figures.Money(request.RequestedAmount, culture),
                        CommitteeCard.When(request.Deadline, voting.Zone, culture));
                    if (outbox.Enqueue($"limit:{record.Id}:reminder:{member}", OutboxRecipient.Person(member), Activity.CreateMessage(text)))
                    {
                        sent++;
                    }
                }

                if (sent > 0)
                {
                    reminders += sent;
                    logger.Reminded(record.Id, sent);
                }
            }
        }

        return (closed, reminders);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Read when the host runs, not when services are registered: settings added late (tests) count too.
        if (!options.Value.RunDeadlineJob)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunAsync(time.GetUtcNow(), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.DeadlineRunFailed(exception);
            }

            try
            {
                await Task.Delay(Period, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
