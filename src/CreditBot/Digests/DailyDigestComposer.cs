using System.Globalization;
using CreditBot.Bot;
using CreditBot.BotFramework;
using CreditBot.Company;
using CreditBot.Domain;
using CreditBot.Domain.Calendar;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;
using CreditBot.Storage;
using CreditBot.Users;
using Microsoft.Extensions.Options;
using T = CreditBot.Texts.DigestTexts;

namespace CreditBot.Digests;

/// <summary>
/// The credit managers' daily overdue digest: one card per person holding the credit manager role, on the clients of
/// their business units (all clients when they list none), in their language. When the last import is older than
/// <see cref="DigestOptions.DailyStaleAfterHours"/>, each card says so at the top and administrators get a note.
/// </summary>
public sealed class DailyDigestComposer(
    LedgerStore ledger,
    CreditBot.OrderBlocks.OrderBook orderBook,
    CreditBot.OrderBlocks.IOrderBlockStore blocks,
    ImportRunStore imports,
    DigestRunStore runs,
    PeopleDirectory people,
    BusinessCalendar calendar,
    CompanyClock clock,
    TimeProvider time,
    IOptions<DigestOptions> options) : IDigestComposer
{
    public DigestKind Kind => DigestKind.Daily;

    public async Task<ComposedDigest> ComposeAsync(DateOnly businessDate, string? onlyFor, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var freshness = Freshness(settings.DailyStaleAfterHours);
        var previousRun = runs.FindPrevious(DigestKind.Daily, businessDate);
        var previousBusinessDay = calendar.Previous(businessDate);
        var portfolio = LoadPortfolio();
        var waiting = blocks.Open()
            .Select(b => (b.Client.Value, b.OrderNumber, b.ReasonKeys))
            .ToList();

        var messages = new List<DigestMessage>();
        var figures = new List<DigestFigure>();
        foreach (var entry in await RecipientsAsync(onlyFor, Role.CreditManager, cancellationToken))
        {
            var (person, units) = entry;
            var view = ViewOf(person, units, portfolio, waiting, businessDate, previousBusinessDay, previousRun, freshness);
            var culture = CultureOf(person);
            messages.Add(new DigestMessage(
                Kind.MessageKey(businessDate, person.ObjectId), person.ObjectId, person.Name, culture,
                DailyDigestCard.Render(view, culture), DailyDigestCard.Summary(view, culture)));
            figures.Add(new DigestFigure { Name = OverdueFigure(person.ObjectId), Value = view.Digest.TotalOverdue.Amount });
        }

        if (freshness.Stale && onlyFor is null)
        {
            messages.AddRange(StaleNotes(businessDate, freshness));
        }

        return new ComposedDigest(messages, freshness.ImportedAt?.UtcDateTime, freshness.DataAsOf, freshness.Stale, figures);
    }

    /// <summary>
    /// One person's digest as of <paramref name="businessDate"/>, asked for in chat: the same card the run sends them,
    /// in <paramref name="culture"/>, compared with the last run before that date. Nothing is claimed nor recorded.
    /// </summary>
    public RawJson CardFor(Person person, DateOnly businessDate, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(person);
        var view = ViewOf(
            person,
            UnitsOf(people.Options.Directory.FirstOrDefault(e => string.Equals(e.ObjectId, person.ObjectId, StringComparison.OrdinalIgnoreCase)), person),
            LoadPortfolio(),
            [.. blocks.Open().Select(b => (b.Client.Value, b.OrderNumber, b.ReasonKeys))],
            businessDate,
            calendar.Previous(businessDate),
            runs.FindPrevious(DigestKind.Daily, businessDate),
            Freshness(options.Value.DailyStaleAfterHours));
        return DailyDigestCard.Render(view, culture);
    }

    private DailyDigestView ViewOf(
        Person person,
        IReadOnlyList<string> units,
        List<(Client Client, IReadOnlyList<OpenItem> Items, IReadOnlyList<Order> Orders)> portfolio,
        IReadOnlyList<(string Client, string Order, IReadOnlyList<string> ReasonKeys)> waiting,
        DateOnly businessDate,
        DateOnly previousBusinessDay,
        DigestRun? previousRun,
        DataFreshness freshness)
    {
        var settings = options.Value;
        var mine = units.Count == 0
            ? portfolio
            : [.. portfolio.Where(p => p.Client.BusinessUnit is { } unit && units.Contains(unit.Trim(), StringComparer.OrdinalIgnoreCase))];
        var previousTotal = previousRun?.Figures.FirstOrDefault(f => f.Name == OverdueFigure(person.ObjectId)) is { } figure
            ? (previousRun.BusinessDate, new Money(figure.Value, clock.Currency))
            : ((DateOnly, Money)?)null;
        return DailyDigestView.Build(
            person.Name ?? person.Upn ?? person.ObjectId,
            units,
            mine,
            waiting,
            businessDate,
            previousBusinessDay,
            clock.Currency,
            freshness,
            previousTotal,
            settings.ChaseListLength,
            settings.OldDisputeDays);
    }

    /// <summary>The whole company's digest (every client), for a preview on the command line.</summary>
    public DailyDigestView CompanyView(DateOnly businessDate, string title)
    {
        var settings = options.Value;
        return DailyDigestView.Build(
            title,
            [],
            LoadPortfolio(),
            [.. blocks.Open().Select(b => (b.Client.Value, b.OrderNumber, b.ReasonKeys))],
            businessDate,
            calendar.Previous(businessDate),
            clock.Currency,
            Freshness(settings.DailyStaleAfterHours),
            null,
            settings.ChaseListLength,
            settings.OldDisputeDays);
    }

    /// <summary>The run's record of a recipient's total overdue, read back by the next digest.</summary>
    public static string OverdueFigure(string objectId) => "overdue:" + objectId;

    internal DataFreshness Freshness(int staleAfterHours)
    {
        var last = imports.FindLast();
        if (last is null)
        {
            return new DataFreshness(null, null, Stale: true, staleAfterHours);
        }

        var at = new DateTimeOffset(DateTime.SpecifyKind(last.AtUtc, DateTimeKind.Utc));
        var stale = time.GetUtcNow() - at > TimeSpan.FromHours(staleAfterHours);
        return new DataFreshness(TimeZoneInfo.ConvertTime(at, clock.Zone), last.AsOf, stale, staleAfterHours);
    }

    // The orders that count in exposure: rejected ones left out (OrderBook).
    private List<(Client Client, IReadOnlyList<OpenItem> Items, IReadOnlyList<Order> Orders)> LoadPortfolio()
    {
        var orders = orderBook.All();
        return [.. ledger.AllClients().Select(c => (c, ledger.OpenItemsOf(c.Code), (IReadOnlyList<Order>)[.. orders[c.Code]]))];
    }

    internal async Task<IReadOnlyList<(Person Person, IReadOnlyList<string> Units)>> RecipientsAsync(string? onlyFor, Role role, CancellationToken cancellationToken)
    {
        var entries = people.Options.Directory
            .Where(e => onlyFor is null ? e.Roles.Contains(role) : string.Equals(e.ObjectId, onlyFor, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var recipients = new List<(Person, IReadOnlyList<string>)>();
        foreach (var entry in entries)
        {
            var person = await people.FindAsync(entry.ObjectId, cancellationToken);
            recipients.Add((person, UnitsOf(entry, person)));
        }

        if (onlyFor is not null && recipients.Count == 0)
        {
            // Someone the configuration does not list (a directory user): their whole-company view.
            recipients.Add((await people.FindAsync(onlyFor, cancellationToken), []));
        }

        return recipients;
    }

    /// <summary>The units a person covers: as configured for them, else as their directory groups say; none is every unit.</summary>
    private static IReadOnlyList<string> UnitsOf(PeopleOptions.PersonEntry? entry, Person person) =>
        entry is { BusinessUnits.Count: > 0 }
            ? [.. entry.BusinessUnits.Select(u => u.Trim())]
            : [.. person.BusinessUnits ?? new HashSet<string>()];

    private IEnumerable<DigestMessage> StaleNotes(DateOnly businessDate, DataFreshness freshness)
    {
        foreach (var admin in people.HoldersOf(Role.Administrator, null))
        {
            var culture = CultureOf(admin);
            var kind = Kind.Key();
            var text = freshness.ImportedAt is { } at
                ? T.Format("daily.stale-admin", culture, kind, Answers.Figures.Date(DateOnly.FromDateTime(at.DateTime), culture), at.ToString("t", culture))
                : T.Format("daily.stale-admin.never", culture, kind);
            yield return new DigestMessage($"digest:{kind}-stale:{businessDate:yyyy-MM-dd}:{admin.ObjectId}", admin.ObjectId, admin.Name, culture, null, text);
        }
    }

    internal static CultureInfo CultureOf(Person person) => TurnCulture.For(new BotFramework.Activity(), person.Language);
}
