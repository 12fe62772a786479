using CreditBot.Bot;
using CreditBot.Delivery.Webhooks;
using CreditBot.Ledger;
using CreditBot.Storage;
using Microsoft.Extensions.Options;

namespace CreditBot.OrderBlocks;

public static class OrderBlocksRegistration
{
    /// <summary>The order-block store, its re-evaluation after each import, the reminder clock, the approval card and its four verbs.</summary>
    public static IServiceCollection AddOrderBlocks(this IServiceCollection services)
    {
        services.AddOptions<OrderBlockOptions>()
            .BindConfiguration(OrderBlockOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.CfoUpTo > o.CreditManagerUpTo, "OrderBlocks:CfoUpTo must be above OrderBlocks:CreditManagerUpTo.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OrderBlockOptions>, OrderBlockOptionsValidation>();
        services.AddOptions<WebhookEndpoints>().Configure<IOptions<OrderBlockOptions>>((webhooks, o) =>
        {
            if (o.Value.Webhook is { } erp)
            {
                webhooks.All.Add(erp);
            }
        });
        services.AddSingleton<IOrderBlockStore, LiteDbOrderBlockStore>();
        services.AddSingleton<OrderBlockEvaluator>();
        services.AddSingleton<OrderBook>();
        services.AddSingleton<OrderBlockRouting>();
        services.AddSingleton<BlockedOrderViews>();
        services.AddSingleton<OrderBlockMessages>();
        services.AddSingleton<OrderBlockUpdates>();
        services.AddSingleton<OrderBlockReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<OrderBlockReminders>());
        services.AddSingleton<OrderBlockBatches>();
        services.AddSingleton<OrderChecks>();
        services.AddSingleton<PendingOrders>();
        services.AddSingleton<BlockStatisticsReply>();
        services.AddSingleton<ClientOrderStates>();
        services.AddSingleton<ILedgerImportObserver, OrderBlocksAfterImport>();
        foreach (var verb in BlockDecisionHandler.Verbs)
        {
            services.AddSingleton<ICardActionHandler>(sp => ActivatorUtilities.CreateInstance<BlockDecisionHandler>(sp, verb));
        }

        return services;
    }
}
