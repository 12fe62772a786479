using CreditBot.Bot;
using CreditBot.Ledger;
using CreditBot.Storage;

namespace CreditBot.Committee;

public static class CommitteeRegistration
{
    /// <summary>The limit-request store, in every host: the committee writes it, the weekly summary reads it.</summary>
    public static IServiceCollection AddLimitRequestStore(this IServiceCollection services)
    {
        services.AddSingleton<ILimitRequestStore, LiteDbLimitRequestStore>();
        return services;
    }

    /// <summary>The credit committee (on top of <see cref="AddLimitRequestStore"/>): options, stores, card handlers, the deadline job.</summary>
    public static IServiceCollection AddCommittee(this IServiceCollection services)
    {
        services.AddOptions<CommitteeOptions>()
            .BindConfiguration(CommitteeOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.CfoUpTo > o.CreditManagerUpTo, "Committee:CfoUpTo must be above Committee:CreditManagerUpTo.")
            .ValidateOnStart();
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
