using CreditBot.Storage;

namespace CreditBot.Tests.Support;

/// <summary>The LiteDB engine for store contract suites: a real file in a temp folder, opened and reopened.</summary>
public sealed class LiteDbEngine : IDisposable
{
    private readonly TempFolder _folder = new();
    private CreditDatabase? _database;

    public string Path => _folder.File("store.db");

    /// <summary>The database on the file, opened on first use.</summary>
    public CreditDatabase Database => _database ??= new CreditDatabase(Path);

    /// <summary>Closes the file; the next <see cref="Database"/> opens it again.</summary>
    public void Close()
    {
        _database?.Dispose();
        _database = null;
    }

    public void Dispose()
    {
        Close();
        _folder.Dispose();
    }
}
