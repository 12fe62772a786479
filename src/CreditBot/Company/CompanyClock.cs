using CreditBot.Domain;
using Microsoft.Extensions.Options;

namespace CreditBot.Company;

/// <summary>
/// The one source of business time: "now" and "today" in the company's time zone (<c>Company:TimeZone</c>), from
/// the injected <see cref="TimeProvider"/>, never the server's own zone; and the book currency.
/// </summary>
public sealed class CompanyClock(TimeProvider time, IOptions<CompanyOptions> options)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public Currency Currency { get; } = new(options.Value.Currency);

    /// <summary>The current instant, with the company zone's offset.</summary>
    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    /// <summary>Today's business date in the company zone.</summary>
    public DateOnly Today => DateOfInstant(time.GetUtcNow());

    /// <summary>The business date an instant falls on in the company zone.</summary>
    public DateOnly DateOfInstant(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The instant a business date starts in the company zone (its midnight, with the zone's offset then).</summary>
    public DateTimeOffset StartOf(DateOnly date) => StartOf(date, Zone);

    /// <summary>The instant <paramref name="date"/> starts in <paramref name="zone"/>, with the zone's offset then.</summary>
    public static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    /// <summary>A UTC instant as the company's wall clock reads it.</summary>
    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}
