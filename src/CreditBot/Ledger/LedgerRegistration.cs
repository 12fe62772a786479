using CreditBot.Demo;
using CreditBot.Ledger.Fec;
using CreditBot.Storage;

namespace CreditBot.Ledger;

public static class LedgerRegistration
{
    /// <summary>Sources (built-in, CSV presets, plugins), stores and the importer.</summary>
    public static IServiceCollection AddLedger(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LedgerOptions>()
            .BindConfiguration(LedgerOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Fec.CustomerAccountPrefixes.Length > 0, "Ledger:Fec:CustomerAccountPrefixes needs at least one prefix (411).")
            .ValidateOnStart();

        var catalog = new LedgerSourceCatalog();
        services.AddSingleton(catalog);
        services.AddKeyedSingleton<ILedgerSource, FecSource>(FecSource.SourceKey);
        catalog.Add(FecSource.SourceKey);

        services.AddOptions<DemoOptions>()
            .BindConfiguration(DemoOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<LedgerStore>();
        services.AddSingleton<ImportRunStore>();
        services.AddSingleton<LedgerImporter>();
        return services;
    }
}
