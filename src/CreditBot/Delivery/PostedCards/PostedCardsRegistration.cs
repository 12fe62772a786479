namespace CreditBot.Delivery.PostedCards;

public static class PostedCardsRegistration
{
    /// <summary>The posted-cards store and the one way to update every copy of a card.</summary>
    public static IServiceCollection AddPostedCards(this IServiceCollection services)
    {
        services.AddSingleton<IPostedCardStore, LiteDbPostedCardStore>();
        services.AddSingleton<PostedCardUpdater>();
        return services;
    }
}
