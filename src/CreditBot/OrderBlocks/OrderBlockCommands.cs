using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CreditBot.Company;
using CreditBot.Domain.Orders;
using CreditBot.Hosting;
using CreditBot.Ledger;
using CreditBot.Storage;

namespace CreditBot.OrderBlocks;

/// <summary><c>creditbot blocks stats [--from DATE] [--to DATE] [--json]</c>: where the order chain leaks (<see cref="BlockStatistics"/>).</summary>
public static class OrderBlockCommands
{
    public static Command Blocks()
    {
        var from = new Option<string?>("--from") { Description = "Start of the period (yyyy-MM-dd, UTC, included); default: 90 days before --to." };
        var to = new Option<string?>("--to") { Description = "End of the period (yyyy-MM-dd, UTC, included); default: today." };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var stats = new Command("stats", "Blocks by reason, release rate, time to decision, by salesperson, unit and approver.") { from, to, json };
        stats.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await CreditBotWebApp.BuildReadJobHostAsync(parse.GetValue(CreditBotCommandLine.DatabaseOption)?.FullName, cancellationToken);
            var time = host.Services.GetRequiredService<TimeProvider>();
            if (!TryDate(parse.GetValue(to), out var end) || !TryDate(parse.GetValue(from), out var start))
            {
                await Console.Error.WriteLineAsync("--from and --to are dates yyyy-MM-dd");
                return 2;
            }

            var until = (end ?? time.GetUtcNow().UtcDateTime.Date).AddDays(1);
            var since = start ?? until.AddDays(-91);
            var all = host.Services.GetRequiredService<IOrderBlockStore>().All();
            var (periodStart, periodEnd) = (new DateTimeOffset(since, TimeSpan.Zero), new DateTimeOffset(until, TimeSpan.Zero));
            var figures = BlockStatistics.Of(all, periodStart, periodEnd);
            var ledgerAsOf = host.Services.GetRequiredService<LedgerStore>().FindSnapshot()?.AsOf ?? host.Services.GetRequiredService<CompanyClock>().Today;
            var followUp = host.Services.GetRequiredService<BlockStatisticsReply>().FollowUp(all, periodStart, periodEnd, ledgerAsOf);
            var routing = host.Services.GetRequiredService<OrderBlockRouting>();
            if (parse.GetValue(json))
            {
                // The statistics as they were, with what became of the releases beside them.
                var node = JsonSerializer.SerializeToNode(figures, LedgerCommands.ReportJson)!.AsObject();
                node["releaseFollowUp"] = JsonSerializer.SerializeToNode(followUp, LedgerCommands.ReportJson);
                node["ledgerAsOf"] = ledgerAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                await Console.Out.WriteLineAsync(node.ToJsonString(LedgerCommands.ReportJson));
            }
            else
            {
                await Console.Out.WriteLineAsync(Text(figures, routing.NameOf, followUp, ledgerAsOf));
            }

            return 0;
        });
        return new Command("blocks", "Blocked orders.") { stats };
    }

    /// <summary>The figures for a terminal; <paramref name="nameOf"/> turns a salesperson's object id or UPN into a name.</summary>
    public static string Text(BlockStatistics s, Func<string, string>? nameOf = null, ReleaseFollowUp? followUp = null, DateOnly? ledgerAsOf = null)
    {
        nameOf ??= key => key;
        ArgumentNullException.ThrowIfNull(s);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"Blocked orders from {s.From:yyyy-MM-dd} to {s.To.AddDays(-1):yyyy-MM-dd} (UTC)");
        text.AppendLine(c, $"Opened: {s.Opened} (still open now: {s.StillOpen}, expired: {s.Expired})");
        foreach (var reason in s.ByReason)
        {
            text.AppendLine(c, $"  {reason.Key,-28} {reason.Count,6}");
        }

        text.AppendLine(c, $"Decided: {s.Decided} (released {s.Released}, with conditions {s.ReleasedWithConditions}, automatically {s.AutoReleased}, rejected {s.Rejected})");
        text.AppendLine(c, $"Release rate: {Percent(s.ReleaseRate)}");
        text.AppendLine(c, $"Time to decision: median {Hours(s.MedianHoursToDecision)}, p90 {Hours(s.P90HoursToDecision)}");
        Group(text, "By salesperson", [.. s.BySalesperson.Select(g => g with { Key = nameOf(g.Key) })]);
        Group(text, "By business unit", s.ByBusinessUnit);
        Group(text, "By approver", s.ByApprover);
        if (followUp is { } f)
        {
            text.AppendLine(c, $"Did releasing pay off (ledger as of {ledgerAsOf:yyyy-MM-dd}): {f.Releases} releases; went more than {ReleaseFollowUp.LateAfterDays} days late {f.WentLate}, on time {f.OnTime} (late share {Percent(f.LateShare)}); too early to tell {f.TooEarly}; no invoice within {ReleaseFollowUp.WindowDays} days {f.NoInvoice}");
            foreach (var late in f.Late)
            {
                text.AppendLine(c, $"  {late.OrderNumber,-20} {late.Client.Value,-12} released {late.ReleasedOn:yyyy-MM-dd}  invoice {late.InvoiceNumber} {(late.Settled ? "paid" : "still unpaid")} {late.DaysLate} days past due");
            }
        }

        text.AppendLine(BlockStatistics.Definition);
        text.Append(ReleaseFollowUp.Definition);
        return text.ToString();
    }

    private static void Group(StringBuilder text, string title, IReadOnlyList<BlockGroupFigures> groups)
    {
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(title);
        foreach (var g in groups)
        {
            text.AppendLine(c, $"  {g.Key,-40} opened {g.Opened,5}  decided {g.Decided,5}  released {g.Released,5}  rate {Percent(g.ReleaseRate),6}  median {Hours(g.MedianHoursToDecision)}");
        }
    }

    private static string Percent(decimal? rate) => rate is { } r ? (r * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "-";

    private static string Hours(double? hours) => hours is { } h ? h.ToString("0.0", CultureInfo.InvariantCulture) + " h" : "-";

    private static bool TryDate(string? text, out DateTime? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
