using CreditBot.Storage;

namespace CreditBot.Committee;

public static class CommitteeRegistration
{
    /// <summary>Limit requests and the credit committee: options, store.</summary>
    public static IServiceCollection AddCommittee(this IServiceCollection services)
    {
        services.AddOptions<CommitteeOptions>()
            .BindConfiguration(CommitteeOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.CfoUpTo > o.CreditManagerUpTo, "Committee:CfoUpTo must be above Committee:CreditManagerUpTo.")
            .ValidateOnStart();
        services.AddSingleton<ILimitRequestStore, LiteDbLimitRequestStore>();
        return services;
    }
}
