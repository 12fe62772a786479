using System.Globalization;

namespace CreditBot.Storage;

/// <summary>
/// Puts a backup in place of the store, for a caller that holds the store's lock: the backup is copied beside the
/// store and checked there (so a bad backup changes nothing), then renamed over the store in one step, the old file
/// (and its LiteDB log, which must never meet the new file) kept aside.
/// </summary>
public static class StoreRestore
{
    /// <summary>Returns the path the previous store was moved to, or null when there was none.</summary>
    public static string? Replace(string databasePath, string backup, DateTimeOffset now)
    {
        var store = Path.GetFullPath(databasePath);
        if (new FileInfo(backup).Length == 0)
        {
            throw StoreDamagedException.OfBackup(Path.GetFullPath(backup), "it is empty");
        }

        var staged = store + ".restoring";
        File.Copy(backup, staged, overwrite: true);
        try
        {
            CreditDatabase.Verify(staged);
        }
        catch (StoreDamagedException damaged)
        {
            File.Delete(staged);
            throw StoreDamagedException.OfBackup(Path.GetFullPath(backup), damaged.Reason ?? damaged.Message, damaged);
        }
        catch
        {
            File.Delete(staged);
            throw;
        }

        var stamp = now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var aside = Sibling(store, $".before-restore-{stamp}");
        var log = LogFile(store);
        if (File.Exists(log))
        {
            File.Move(log, LogFile(aside));
        }

        if (File.Exists(store))
        {
            File.Replace(staged, store, aside);
            return aside;
        }

        File.Move(staged, store);
        return null;
    }

    /// <summary>LiteDB's log beside a data file: <c>name-log.ext</c>.</summary>
    private static string LogFile(string store) => Sibling(store, "-log");

    private static string Sibling(string store, string suffix) =>
        Path.Combine(Path.GetDirectoryName(store)!, Path.GetFileNameWithoutExtension(store) + suffix + Path.GetExtension(store));
}
