using CreditBot.Bot;
using CreditBot.Users;

namespace CreditBot.Questions;

public static class QuestionsRegistration
{
    /// <summary>Questions asked in chat or on the command line: people, the client index, the handler.</summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PeopleOptions>()
            .BindConfiguration(PeopleOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Directory.All(p => !string.IsNullOrWhiteSpace(p.ObjectId)), "People:Directory entries need an ObjectId.")
            .ValidateOnStart();
        services.AddGraphOptions();
        services.AddSingleton<ClientIndex>();
        services.AddSingleton<PeopleDirectory>();
        services.AddSingleton<QuestionHandler>();
        services.AddSingleton<IUserDirectory>(sp => UserDirectories.Create(sp, configuration));
        services.AddSingleton<ICardActionHandler, ClientPickHandler>();
        return services;
    }
}
