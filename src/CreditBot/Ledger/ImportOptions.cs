using System.ComponentModel.DataAnnotations;

namespace CreditBot.Ledger;

/// <summary>The <c>Imports</c> section: the admin endpoint and the scheduled import of a watched folder.</summary>
public sealed class ImportOptions
{
    public const string SectionName = "Imports";

    /// <summary>Header carrying the API key of <c>POST /api/imports/{source}</c>.</summary>
    [Required]
    public string ApiKeyHeader { get; set; } = "X-CreditBot-Import-Key";

    /// <summary>Hex SHA-256 of the API key (never the key itself). Empty: the endpoint refuses every call.</summary>
    [RegularExpression("^([0-9a-fA-F]{64})?$")]
    public string ApiKeySha256 { get; set; } = "";

    /// <summary>Entra tenant whose tokens may call the endpoint (with <see cref="AdminRole"/>); empty: API key only.</summary>
    public string EntraTenantId { get; set; } = "";

    /// <summary>Audience of those tokens: our API's application id URI or client id.</summary>
    public string EntraAudience { get; set; } = "";

    /// <summary>App role an Entra token needs to import.</summary>
    [Required]
    public string AdminRole { get; set; } = "CreditBot.Admin";

    [Range(1, 4096)]
    public int MaxUploadMegabytes { get; set; } = 512;

    /// <summary>Folder imported on <see cref="Schedule"/>; empty: no scheduled import.</summary>
    public string WatchFolder { get; set; } = "";

    /// <summary>Cron (5 fields) in <see cref="TimeZone"/>; default 06:30 on weekdays, before the 08:00 digest.</summary>
    [Required]
    public string Schedule { get; set; } = "30 6 * * 1-5";

    [Required]
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>Source key for the watched folder's ledger files.</summary>
    [Required]
    public string Source { get; set; } = "fec";

    /// <summary>Files of the watched folder that are not ledger files but the client master, orders and item status.</summary>
    public string ClientMasterFile { get; set; } = "clients.csv";

    public string OrdersFile { get; set; } = "orders.csv";

    public string ItemStatusFile { get; set; } = "items.csv";
}
