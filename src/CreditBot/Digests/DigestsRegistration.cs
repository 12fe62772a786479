using CreditBot.Domain.Calendar;
using CreditBot.Storage;
using Cronos;

namespace CreditBot.Digests;

public static class DigestsRegistration
{
    /// <summary>The digests' options, calendar, run store, composers and runner: what the scheduler and the command line need.</summary>
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>()
            .BindConfiguration(DigestOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => CronExpression.TryParse(o.DailyOverdueCron, out _), "Digests:DailyOverdueCron is not a cron expression (5 fields).")
            .Validate(o => CronExpression.TryParse(o.WeeklySummaryCron, out _), "Digests:WeeklySummaryCron is not a cron expression (5 fields).")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Digests:TimeZone is not a known time zone.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DigestOptions>>().Value;
            return new BusinessCalendar(settings.ClosedDays, settings.WorkedHolidays, settings.AlsaceMoselle);
        });
        services.AddSingleton<DigestSchedules>();
        services.AddSingleton<DigestRunStore>();
        services.AddSingleton<DailyDigestComposer>();
        services.AddSingleton<IDigestComposer>(sp => sp.GetRequiredService<DailyDigestComposer>());
        services.AddSingleton<WeeklySummaryComposer>();
        services.AddSingleton<IDigestComposer>(sp => sp.GetRequiredService<WeeklySummaryComposer>());
        services.AddSingleton<DigestRunner>();
        services.AddSingleton<DigestDeliveryReport>();
        return services;
    }

    /// <summary>Web host only: the scheduler that sends them.</summary>
    public static IServiceCollection AddDigestJobs(this IServiceCollection services)
    {
        services.AddSingleton<DigestScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestScheduler>());
        return services;
    }
}
