namespace CreditBot.Ledger;

/// <summary>The keys of the registered ledger sources (built-in, presets and plugins), for messages and help.</summary>
public sealed class LedgerSourceCatalog
{
    private readonly SortedSet<string> _keys = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Keys => _keys;

    public void Add(string key) => _keys.Add(key);

    public bool Contains(string key) => _keys.Contains(key);
}
