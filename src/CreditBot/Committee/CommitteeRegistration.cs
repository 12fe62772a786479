using CreditBot.Bot;
using CreditBot.Ledger;
using CreditBot.Storage;

namespace CreditBot.Committee;

public static class CommitteeRegistration
{
    /// <summary>Limit requests and the credit committee: options, stores, card handlers, the deadline job.</summary>
    public static IServiceCollection AddCommittee(this IServiceCollection services)
    {
        services.AddOptions<CommitteeOptions>()
            .BindConfiguration(CommitteeOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.CfoUpTo > o.CreditManagerUpTo, "Committee:CfoUpTo must be above Committee:CreditManagerUpTo.")
            .ValidateOnStart();
        services.AddSingleton<ILimitRequestStore, LiteDbLimitRequestStore>();
        services.AddSingleton<DecidedLimitStore>();
        services.AddSingleton<SynthesisNotes>();
        services.AddSingleton<LimitRequests>();
        services.AddSingleton<CommitteeVoting>();
        services.AddSingleton<ICardActionHandler, LimitSubmitHandler>();
        services.AddSingleton<ICardActionHandler, VoteHandler>();
        services.AddSingleton<ILedgerImportObserver, DecidedLimitsAfterImport>();
        services.AddSingleton<CommitteeDeadlines>();
        services.AddHostedService(sp => sp.GetRequiredService<CommitteeDeadlines>());
        return services;
    }
}
