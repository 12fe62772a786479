using System.Globalization;
using CreditBot.Company;
using CreditBot.Domain.Orders;
using CreditBot.Storage;
using Answer = CreditBot.Questions.Answer;
using T = CreditBot.Texts.OrderBlockTexts;

namespace CreditBot.OrderBlocks;

/// <summary>
/// "statistiques blocages" / "block stats" in chat: <see cref="BlockStatistics"/> over the last days (whole days in the
/// company's time zone, today included), as a card in the reader's language (<see cref="BlockStatisticsCard"/>). Who may ask is checked by the caller.
/// </summary>
public sealed class BlockStatisticsReply(IOrderBlockStore blocks, LedgerStore ledger, OrderBlockRouting routing, CompanyClock clock, TimeProvider time)
{
    public const int MaxDays = 3650;

    /// <summary>The card for the <paramref name="days"/> whole days up to <paramref name="asOf"/> (today, or a past date from the command line).</summary>
    public Answer For(int days, DateOnly asOf, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (days is < 1 or > MaxDays)
        {
            return Answer.OfText("block-statistics-period", T.Format("stats.period-invalid", culture, MaxDays.ToString("N0", culture), days.ToString("N0", culture)));
        }

        var now = time.GetUtcNow();
        var firstDay = asOf.AddDays(-(days - 1));
        var from = clock.StartOf(firstDay);
        var end = clock.StartOf(asOf.AddDays(1));
        var all = blocks.All();
        var s = BlockStatistics.Of(all, from, end);
        var ledgerAsOf = ledger.FindSnapshot()?.AsOf ?? clock.Today;
        var followUp = FollowUp(all, from, end, ledgerAsOf);

        var names = s.BySalesperson.Select(g => g.Key).Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(k => k, routing.NameOf, StringComparer.OrdinalIgnoreCase);
        // Today's figures are as of now; a past day's, as of its last minute.
        var view = new BlockStatisticsView(s, days, firstDay, asOf, asOf == clock.DateOfInstant(now) ? now : end.AddMinutes(-1), names, followUp, ledgerAsOf, ClientNames(followUp));
        return Answer.OfCard("block-statistics", BlockStatisticsCard.Render(view, culture, clock.Zone));
    }

    /// <summary>What became of the releases made in [<paramref name="from"/>, <paramref name="to"/>), judged on the ledger as it stands (<see cref="ReleaseFollowUp"/>).</summary>
    public ReleaseFollowUp FollowUp(IEnumerable<OrderBlock> all, DateTimeOffset from, DateTimeOffset to, DateOnly ledgerAsOf) =>
        ReleaseFollowUp.Of(
            BlockStatistics.ReleasesIn(all, from, to).Select(r => (r.Block, clock.DateOfInstant(r.At))),
            ledger.OpenItemsOf,
            ledger.PaymentsOf,
            ledgerAsOf);

    private Dictionary<string, string> ClientNames(ReleaseFollowUp followUp) =>
        followUp.Late.Take(BlockStatisticsCard.Top).Select(l => l.Client).Distinct()
            .ToDictionary(code => code.Value, code => ledger.FindClient(code)?.Name ?? code.Value, StringComparer.Ordinal);
}
