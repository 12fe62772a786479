using CreditBot.Demo;

namespace CreditBot.Ledger;

public static class LedgerJobsRegistration
{
    /// <summary>Web-host only: the demo seeding at first start and the scheduled folder import.</summary>
    public static IServiceCollection AddLedgerJobs(this IServiceCollection services)
    {
        services.AddSingleton<DemoSeeder>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoSeeder>());
        services.AddSingleton<LedgerImportScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<LedgerImportScheduler>());
        return services;
    }
}
