using CreditBot.Domain;
using Microsoft.Extensions.Options;

namespace CreditBot.Questions;

/// <summary>"Today" in the company's time zone, from the injected <see cref="TimeProvider"/>.</summary>
public sealed class CompanyClock(TimeProvider time, IOptions<CompanyOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public Currency Currency { get; } = new(options.Value.Currency);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime);

    /// <summary>A UTC instant as the company's wall clock reads it.</summary>
    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);
}
