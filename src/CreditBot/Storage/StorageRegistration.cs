namespace CreditBot.Storage;

public static class StorageRegistration
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<CreditDatabase>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<LanguagePreferenceStore>();
        return services;
    }
}
