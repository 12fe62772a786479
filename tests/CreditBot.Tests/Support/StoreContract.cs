namespace CreditBot.Tests.Support;

/// <summary>
/// The pattern for store contract suites: an abstract xUnit class per store states, in domain terms, what every
/// engine must do; each engine derives it once (a LiteDB fixture class now, PostgreSQL later) and says how to open
/// the store. The facts run once per derived class, against real storage.
/// </summary>
/// <typeparam name="TStore">The store interface.</typeparam>
public abstract class StoreContract<TStore> : IDisposable
    where TStore : class
{
    private TStore? _store;

    /// <summary>The store under test, opened on first use.</summary>
    protected TStore Store => _store ??= Open();

    /// <summary>Opens the store on this test's own, initially empty, storage.</summary>
    protected abstract TStore Open();

    /// <summary>Closes the storage and opens it again, as a restart would: what was committed must still be there.</summary>
    protected TStore Reopen()
    {
        Close();
        _store = Open();
        return _store;
    }

    /// <summary>Closes the storage (the file or connection stays for <see cref="Reopen"/>).</summary>
    protected abstract void Close();

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }
    }
}
