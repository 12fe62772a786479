using System.ComponentModel.DataAnnotations;

namespace CreditBot.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The LiteDB file. Relative paths are taken from the working directory.</summary>
    [Required]
    public required string DatabasePath { get; set; }

    /// <summary>Import the demo ledger when the store is empty at start.</summary>
    public bool SeedDemoData { get; set; } = true;
}
