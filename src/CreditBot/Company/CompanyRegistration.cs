namespace CreditBot.Company;

public static class CompanyRegistration
{
    /// <summary>The company's time zone and currency, and the clock every feature reads "today" from.</summary>
    public static IServiceCollection AddCompany(this IServiceCollection services)
    {
        services.AddOptions<CompanyOptions>()
            .BindConfiguration(CompanyOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Company:TimeZone is not a known time zone.")
            .ValidateOnStart();
        services.AddSingleton<CompanyClock>();
        return services;
    }
}
