using CreditBot.Demo;
using CreditBot.Ledger.Csv;
using CreditBot.Ledger.Fec;
using CreditBot.Ledger.Plugins;
using CreditBot.MachineAccess;
using CreditBot.Storage;
using Cronos;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CreditBot.Ledger;

public static class LedgerRegistration
{
    /// <summary>Sources (built-in, CSV presets, plugins), stores and the importer.</summary>
    public static IServiceCollection AddLedger(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LedgerOptions>()
            .BindConfiguration(LedgerOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.SourceCurrencies.Values.All(LedgerImporter.IsCurrencyCode), "Ledger:SourceCurrencies: every value is a known ISO 4217 code (e.g. USD).")
            .ValidateOnStart();

        services.AddOptions<ImportOptions>()
            .BindConfiguration(ImportOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => CronExpression.TryParse(o.Schedule, out _), "Imports:Schedule is not a cron expression (5 fields).")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Imports:TimeZone is not a known time zone.")
            .ValidateOnStart();

        var catalog = new LedgerSourceCatalog();
        services.AddSingleton(catalog);
        services.AddKeyedSingleton<ILedgerSource, FecSource>(FecSource.SourceKey);
        catalog.Add(FecSource.SourceKey);

        // CSV: the presets, then every map of Ledger:CsvMaps (which may replace a preset); "csv" always exists.
        var mapKeys = configuration.GetSection($"{LedgerOptions.SectionName}:CsvMaps").GetChildren().Select(c => c.Key.ToLowerInvariant());
        foreach (var key in CsvPresets.All.Keys.Concat(mapKeys).Append(CsvSource.SourceKey).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            services.AddKeyedSingleton<ILedgerSource>(key, (sp, _) =>
            {
                var maps = sp.GetRequiredService<IOptions<LedgerOptions>>().Value.CsvMaps;
                return new CsvSource(key, () => maps.TryGetValue(key, out var map) ? map
                    : CsvPresets.All.TryGetValue(key, out var preset) ? preset() : new CsvColumnMap());
            });
            catalog.Add(key);
        }

        services.AddOptions<DemoOptions>()
            .BindConfiguration(DemoOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        LedgerPlugins.Register(services, configuration[$"{LedgerOptions.SectionName}:PluginsFolder"] ?? "plugins", catalog);

        services.AddSingleton<LedgerStore>();
        services.AddSingleton<ImportRunStore>();
        services.AddSingleton<LedgerImporter>();
        services.AddSingleton(sp => new EntraAdminTokens(
            sp.GetRequiredService<IOptions<ImportOptions>>(),
            sp.GetKeyedService<IConfigurationManager<OpenIdConnectConfiguration>>(EntraAdminTokens.MetadataKey) ?? EntraAdminTokens.MetadataFor(sp.GetRequiredService<IOptions<ImportOptions>>().Value)));
        return services;
    }
}
