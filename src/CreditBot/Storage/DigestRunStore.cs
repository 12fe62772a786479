using CreditBot.Digests;
using LiteDB;

namespace CreditBot.Storage;

/// <summary>
/// The digest runs (<c>digest_runs</c>), keyed by kind and business date: <see cref="TryClaim"/> inserts only when the
/// key is new, so a run is made once whatever restarts. Called inside <see cref="CreditDatabase.InTransaction{T}"/>,
/// the claim commits or rolls back with the run's outbox messages.
/// </summary>
public sealed class DigestRunStore
{
    public const string CollectionName = "digest_runs";

    private readonly ILiteCollection<DigestRunDocument> _runs;

    public DigestRunStore(CreditDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        database.Mapper.Entity<DigestRunDocument>().Id(d => d.Id, autoId: false);
        _runs = database.Collection<DigestRunDocument>(CollectionName);
        _runs.EnsureIndex(d => d.Kind);
    }

    /// <summary>False, and nothing changes, when a run of that kind and business date exists.</summary>
    public bool TryClaim(DigestRun run)
    {
        ArgumentNullException.ThrowIfNull(run);

        // Checked first: a failed insert would roll back the caller's transaction.
        if (_runs.Exists(d => d.Id == run.Id))
        {
            return false;
        }

        try
        {
            _runs.Insert(DigestRunDocument.From(run));
            return true;
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }
    }

    public DigestRun? Find(DigestKind kind, DateOnly businessDate) => _runs.FindById(DigestRun.IdOf(kind, businessDate))?.ToRun();

    /// <summary>The latest run of <paramref name="kind"/> before <paramref name="businessDate"/>.</summary>
    public DigestRun? FindPrevious(DigestKind kind, DateOnly businessDate)
    {
        var name = kind.ToString();
        var before = businessDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return _runs.Query()
            .Where("$.Kind = @0 AND $.BusinessDate < @1", name, before)
            .OrderByDescending(d => d.BusinessDate)
            .FirstOrDefault()?.ToRun();
    }

    /// <summary>Runs of <paramref name="kind"/>, newest first.</summary>
    public IReadOnlyList<DigestRun> Recent(DigestKind kind, int count)
    {
        var name = kind.ToString();
        return _runs.Query().Where(d => d.Kind == name).OrderByDescending(d => d.BusinessDate).Limit(count).ToEnumerable().Select(d => d.ToRun()).ToList();
    }

    /// <summary>The stored shape: plain fields, dates as <c>yyyy-MM-dd</c> text so they sort.</summary>
    public sealed class DigestRunDocument
    {
        public string Id { get; set; } = string.Empty;

        public string Kind { get; set; } = string.Empty;

        public string BusinessDate { get; set; } = string.Empty;

        public string Trigger { get; set; } = string.Empty;

        public DateTime ClaimedAtUtc { get; set; }

        public string[] Recipients { get; set; } = [];

        public DateTime? DataImportedAtUtc { get; set; }

        public string? DataAsOf { get; set; }

        public bool Stale { get; set; }

        public DigestFigure[] Figures { get; set; } = [];

        public static DigestRunDocument From(DigestRun run) => new()
        {
            Id = run.Id,
            Kind = run.Kind.ToString(),
            BusinessDate = Date(run.BusinessDate),
            Trigger = run.Trigger,
            ClaimedAtUtc = run.ClaimedAtUtc,
            Recipients = run.Recipients,
            DataImportedAtUtc = run.DataImportedAtUtc,
            DataAsOf = run.DataAsOf is { } d ? Date(d) : null,
            Stale = run.Stale,
            Figures = run.Figures,
        };

        public DigestRun ToRun() => new()
        {
            Id = Id,
            Kind = Enum.Parse<DigestKind>(Kind),
            BusinessDate = Parse(BusinessDate),
            Trigger = Trigger,
            ClaimedAtUtc = DateTime.SpecifyKind(ClaimedAtUtc, DateTimeKind.Utc),
            Recipients = Recipients,
            DataImportedAtUtc = DataImportedAtUtc is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null,
            DataAsOf = DataAsOf is { } d ? Parse(d) : null,
            Stale = Stale,
            Figures = Figures,
        };

        private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        private static DateOnly Parse(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }
}
