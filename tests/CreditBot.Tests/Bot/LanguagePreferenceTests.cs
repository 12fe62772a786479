using CreditBot.Storage;
using CreditBot.Tests.Support;
using CreditBot.Users;

namespace CreditBot.Tests.Bot;

/// <summary>"english please" / "en français" in chat: the person's language, kept in the store.</summary>
public class LanguagePreferenceTests
{
    private const string Claire = "b7d1e0a2-3c4f-4e5a-9b6c-7d8e9f0a1b2c";

    [Fact]
    public async Task English_please_answers_in_English_from_then_on_even_from_a_French_client()
    {
        await using var app = await CreditBotApp.StartAsync();

        var confirmation = await app.Teams.SayAsync("english please", "fr-FR", Claire);
        var next = await app.Teams.SayAsync("blabla", "fr-FR", Claire);

        Assert.StartsWith("From now on I answer in English.", confirmation.Text, StringComparison.Ordinal);
        Assert.StartsWith("Sorry, I did not understand.", next.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task En_francais_switches_back_and_the_choice_is_kept_in_the_store()
    {
        await using var app = await CreditBotApp.StartAsync();
        await app.Teams.SayAsync("english please", "fr-FR", Claire);

        var confirmation = await app.Teams.SayAsync("en français", "en-US", Claire);
        var next = await app.Teams.SayAsync("blabla", "en-US", Claire);

        Assert.StartsWith("Je vous réponds désormais en français.", confirmation.Text, StringComparison.Ordinal);
        Assert.StartsWith("Désolé, je n'ai pas compris.", next.Text, StringComparison.Ordinal);
        Assert.Equal("fr", new LanguagePreferenceStore(app.Database).Find(Claire)); // a fresh reader of the file
    }

    [Fact]
    public async Task The_chosen_language_is_the_persons_language_for_messages_the_bot_sends_first()
    {
        await using var app = await CreditBotApp.StartAsync();

        await app.Teams.SayAsync("english please", "fr-FR", Claire);

        var person = await app.Get<PeopleDirectory>().FindAsync(Claire, CancellationToken.None);
        Assert.Equal("en", person.Language);
    }

    [Fact]
    public async Task Someone_else_keeps_answers_in_their_clients_language()
    {
        await using var app = await CreditBotApp.StartAsync();
        await app.Teams.SayAsync("english please", "fr-FR", Claire);

        var other = await app.Teams.SayAsync("blabla", "fr-FR", "c8e2f1b3-4d5a-4f6b-8c7d-8e9f0a1b2c3d");

        Assert.StartsWith("Désolé, je n'ai pas compris.", other.Text, StringComparison.Ordinal);
    }
}
