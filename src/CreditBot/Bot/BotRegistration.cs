using CreditBot.BotFramework;

namespace CreditBot.Bot;

public static class BotRegistration
{
    /// <summary>The protocol layer and the one activity handler that routes every turn.</summary>
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFramework(configuration);
        services.AddSingleton<IActivityHandler, ActivityRouter>();
        services.AddHostedService<TrustStoredConversations>();
        return services;
    }
}
