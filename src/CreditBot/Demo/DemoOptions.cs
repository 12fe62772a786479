using System.ComponentModel.DataAnnotations;

namespace CreditBot.Demo;

/// <summary>The <c>Demo</c> section: the ledger generated on first start (when <c>Storage:SeedDemoData</c> is true).</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    [Range(1, 100_000)]
    public int Clients { get; set; } = 300;

    public int Seed { get; set; } = 42;

    [Range(1, 60)]
    public int Months { get; set; } = 18;
}
