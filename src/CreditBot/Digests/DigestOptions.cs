using System.ComponentModel.DataAnnotations;

namespace CreditBot.Digests;

/// <summary>
/// The <c>Digests</c> section: when the daily overdue digest and the weekly DSO summary go out (cron in
/// <see cref="TimeZone"/>, business days only), when the data counts as stale, and the CFO's reference figures.
/// </summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digests";

    /// <summary>False: no scheduled digest (the command line can still preview or send one).</summary>
    public bool Enabled { get; set; } = true;

    [Required]
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>Cron (5 fields); an occurrence on a day that is not a business day is skipped.</summary>
    [Required]
    public string DailyOverdueCron { get; set; } = "0 8 * * 1-5";

    /// <summary>Cron (5 fields); an occurrence on a holiday moves to the next business day, same time.</summary>
    [Required]
    public string WeeklySummaryCron { get; set; } = "0 8 * * 1";

    /// <summary>Company closing days besides the French public holidays (a bridge day, the Christmas week).</summary>
    public IList<DateOnly> ClosedDays { get; } = [];

    /// <summary>Public holidays the company works (Whit Monday as the "journée de solidarité").</summary>
    public IList<DateOnly> WorkedHolidays { get; } = [];

    /// <summary>Adds Good Friday and 26 December (Alsace-Moselle).</summary>
    public bool AlsaceMoselle { get; set; }

    /// <summary>A daily digest built on an import older than this says so at the top, and administrators are told.</summary>
    [Range(1, 24 * 31)]
    public int DailyStaleAfterHours { get; set; } = 26;

    /// <summary>The same for the weekly summary.</summary>
    [Range(1, 24 * 31)]
    public int WeeklyStaleAfterHours { get; set; } = 72;

    /// <summary>How many items the "to chase today" list shows.</summary>
    [Range(1, 20)]
    public int ChaseListLength { get; set; } = 5;

    /// <summary>A disputed item overdue by at least this many days is listed as a dispute getting old.</summary>
    [Range(1, 365)]
    public int OldDisputeDays { get; set; } = 30;

    /// <summary>The CFO's DSO target in days; 0: none.</summary>
    [Range(0, 365)]
    public decimal DsoTargetDays { get; set; }

    /// <summary>Yearly financing rate (percent) that prices one day of DSO.</summary>
    [Range(0, 100)]
    public decimal FinancingRatePercent { get; set; } = 4m;
}
