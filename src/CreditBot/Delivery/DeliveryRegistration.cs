using CreditBot.Storage;

namespace CreditBot.Delivery;

public static class DeliveryRegistration
{
    /// <summary>The outbox and its store: what producers and the <c>deliveries</c> verb need (no bot, no dispatcher).</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>()
            .BindConfiguration(DeliveryOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => Uri.TryCreate(o.FallbackServiceUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps,
                "Delivery:FallbackServiceUrl must be an absolute https URL.")
            .ValidateOnStart();
        services.AddSingleton<IOutboxStore, LiteDbOutboxStore>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<Outbox>();
        return services;
    }

    /// <summary>The dispatcher that delivers the outbox (web host only: it needs the Connector).</summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddSingleton<DeliveryMetrics>();
        services.AddSingleton<RecipientResolver>();
        services.AddSingleton<Webhooks.WebhookSender>();
        Webhooks.WebhookSender.Configure(services.AddHttpClient(Webhooks.WebhookSender.ClientName).RemoveAllLoggers());
        services.AddSingleton<OutboxDispatcher>();
        OutboxReadinessCheck.Register(services);
        if (configuration.GetValue(DeliveryOptions.SectionName + ":" + nameof(DeliveryOptions.Enabled), true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        }

        return services;
    }
}
