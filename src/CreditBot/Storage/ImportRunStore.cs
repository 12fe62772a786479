using CreditBot.Ledger;
using LiteDB;

namespace CreditBot.Storage;

/// <summary>The append-only history of committed imports (<c>import_runs</c>); written by <see cref="LedgerStore.ReplaceSnapshot"/>.</summary>
public sealed class ImportRunStore(CreditDatabase database)
{
    public const string CollectionName = "import_runs";

    private ILiteCollection<ImportRun> Runs => database.Collection<ImportRun>(CollectionName);

    public IReadOnlyList<ImportRun> Recent(int count) => Runs.Query().OrderByDescending(r => r.Id).Limit(count).ToList();

    public ImportRun? FindLast() => Runs.Query().OrderByDescending(r => r.Id).FirstOrDefault();

    public int Count() => Runs.Count();
}
