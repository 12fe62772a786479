using Microsoft.Extensions.Options;

namespace CreditBot.LatePayment;

public static class LatePaymentRegistration
{
    /// <summary>The late-payment rate table: shipped rates plus <c>LatePayment:Rates</c>, checked at start.</summary>
    public static IServiceCollection AddLatePayment(this IServiceCollection services)
    {
        services.AddOptions<LatePaymentOptions>().BindConfiguration(LatePaymentOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LatePaymentOptions>, LatePaymentOptionsValidator>();
        services.AddSingleton<PenaltyRates>();
        return services;
    }
}
