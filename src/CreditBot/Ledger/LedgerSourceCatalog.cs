namespace CreditBot.Ledger;

/// <summary>The keys of the registered ledger sources (built-in, presets and plugins), for messages and help.</summary>
public sealed class LedgerSourceCatalog
{
    private readonly SortedSet<string> _keys = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Keys => _keys;

    public void Add(string key) => _keys.Add(key);

    public bool Contains(string key) => _keys.Contains(key);

    /// <summary>What happened to each plugin assembly at start (logged by the importer, since no logger exists yet then).</summary>
    public IReadOnlyList<(string Assembly, string? Key, string? Problem)> Plugins => _plugins;

    public void Report(string assembly, string? key, string? problem) => _plugins.Add((Path.GetFileName(assembly), key, problem));

    private readonly List<(string Assembly, string? Key, string? Problem)> _plugins = [];
}
