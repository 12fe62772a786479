using System.ComponentModel.DataAnnotations;

namespace CreditBot.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>How the bot's process names itself in the lock's holder file.</summary>
    public const string ServingHolder = "serving the bot";

    /// <summary>The LiteDB file. A relative path is taken from the executable's folder (the command line makes --db absolute first).</summary>
    [Required]
    public required string DatabasePath { get; set; }

    /// <summary>
    /// Import the demo ledger at start into a store that held nothing: <c>true</c> or <c>false</c>; unset, only in
    /// Development, so that no invented figure is ever shown as real in production.
    /// </summary>
    public bool? SeedDemoData { get; set; }

    /// <summary>What this process is, as the lock's holder file says (the command-line verbs set it).</summary>
    public string Holder { get; set; } = ServingHolder;
}
