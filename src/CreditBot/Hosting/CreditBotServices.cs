using CreditBot.Bot;
using CreditBot.BotFramework;
using CreditBot.Committee;
using CreditBot.Company;
using CreditBot.Delivery;
using CreditBot.Delivery.PostedCards;
using CreditBot.Digests;
using CreditBot.LatePayment;
using CreditBot.Ledger;
using CreditBot.OrderBlocks;
using CreditBot.Questions;
using CreditBot.Storage;
using CreditBot.Telemetry;

namespace CreditBot.Hosting;

/// <summary>The composition root: every feature's registration, in one table of contents.</summary>
public static class CreditBotServices
{
    /// <summary>What every host needs: clock, store, domain services (no web, no bot).</summary>
    public static IServiceCollection AddCreditBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddStorage();
        services.AddCompany();
        services.AddOutbox();
        services.AddLedger(configuration);
        services.AddQuestions(configuration);
        services.AddLatePayment();
        services.AddOrderBlocks();
        services.AddLimitRequestStore();
        services.AddDigests();
        return services;
    }

    /// <summary>The web host: core plus the bot endpoint and background jobs.</summary>
    public static IServiceCollection AddCreditBot(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddCreditBotCore(configuration);
        services.AddProblemDetails();
        services.AddStoreHealthChecks();
        services.AddBot(configuration);
        services.AddPostedCards();
        services.AddDelivery(configuration);
        services.AddLedgerJobs();
        services.AddTelemetry(configuration);
        services.AddCommittee();
        services.AddDigestJobs();
        return services;
    }

    public static WebApplication MapCreditBot(this WebApplication app)
    {
        app.MapBotEndpoint("/api/messages");
        app.MapLedgerImports();
        app.MapGet("/health", (CreditDatabase database, PenaltyRates rates) => Results.Ok(new { status = "ok", store = Path.GetFileName(database.FullPath), latePaymentRates = rates.Status }));
        app.MapStoreAdmin();
        app.MapOrderChecks();
        return app;
    }
}
