using System.Net;
using CreditBot.Storage;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Bot;

public class FirstConversationTests
{
    [Fact]
    public async Task Installing_the_app_in_a_personal_chat_sends_the_welcome_card_in_French_by_default()
    {
        await using var app = await CreditBotApp.StartAsync();
        var install = ActivityBuilder.BotAddedPersonal().Build();

        var reply = await app.Teams.SendAndWaitAsync(install);

        Assert.Equal(install.Conversation!.Id, reply.Request.ConversationId);
        Assert.Contains("Bienvenue dans CreditBot", reply.CardText, StringComparison.Ordinal);
        Assert.NotNull(app.Get<ConversationReferenceStore>().Find(install.Conversation.Id!));
    }

    [Fact]
    public async Task Adding_the_bot_to_a_team_welcomes_the_channel_and_explains_how_to_mention_it()
    {
        await using var app = await CreditBotApp.StartAsync();
        var install = ActivityBuilder.FromSample("teams-conversationupdate-bot-added-to-team.json").WithLocale("en-US").Build();

        var reply = await app.Teams.SendAndWaitAsync(install);

        Assert.Contains("Welcome to CreditBot", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("Mention me", reply.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help", "en-US", "What you can ask me")]
    [InlineData("aide", "en-US", "Ce que vous pouvez me demander")]
    [InlineData("Aide ?", "fr-FR", "Ce que vous pouvez me demander")]
    [InlineData("help", "fr-FR", "What you can ask me")]
    public async Task The_help_word_answers_with_the_help_card_in_its_own_language(string text, string locale, string expectedTitle)
    {
        await using var app = await CreditBotApp.StartAsync();

        var reply = await app.Teams.SayAsync(text, locale);

        Assert.Contains(expectedTitle, reply.CardText, StringComparison.Ordinal);
        Assert.Equal("1.5", (string?)reply.Card!["version"]);
    }

    [Fact]
    public async Task A_channel_message_mentioning_the_bot_is_answered_in_its_thread_without_the_mention()
    {
        await using var app = await CreditBotApp.StartAsync();
        var message = ActivityBuilder.ChannelMention().Build();
        message.Text = $"{message.Entities!.First(e => e.Type == "mention").Text} help";

        var reply = await app.Teams.SendAndWaitAsync(message);

        Assert.Equal(message.Conversation!.Id, reply.Request.ConversationId);
        Assert.Equal(message.Id, reply.Request.ActivityId);
        Assert.Contains("What you can ask me", reply.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-FR", "quelle heure est-il à Tokyo", "Désolé, je n'ai pas compris")]
    [InlineData("en-GB", "what time is it in Tokyo", "Sorry, I did not understand")]
    public async Task Anything_else_gets_a_short_not_understood_with_three_examples(string locale, string text, string expected)
    {
        await using var app = await CreditBotApp.StartAsync();

        var reply = await app.Teams.SayAsync(text, locale);

        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
        Assert.Equal(3, reply.Text!.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Uninstalling_forgets_the_conversation_reference()
    {
        await using var app = await CreditBotApp.StartAsync();
        var install = ActivityBuilder.BotAddedPersonal().Build();
        await app.Teams.SendAndWaitAsync(install);
        var uninstall = ActivityBuilder.InstallationAdd().With("action", "remove").WithConversationId(install.Conversation!.Id!).Build();

        using var response = await app.PostAsync(uninstall);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(app.Get<ConversationReferenceStore>().Find(install.Conversation.Id!));
    }

    [Fact]
    public async Task A_card_action_with_an_unknown_verb_gets_an_error_body_not_an_exception()
    {
        await using var app = await CreditBotApp.StartAsync();
        var invoke = ActivityBuilder.CardAction().WithCardAction("nobody.knows", "{}").Build();

        var (status, body) = await app.Teams.InvokeAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(400, (int?)body!["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
    }

    [Fact]
    public async Task Every_real_Teams_payload_with_a_valid_token_gets_a_success_or_an_invoke_answer()
    {
        await using var app = await CreditBotApp.StartAsync();

        foreach (var sample in ActivityBuilder.InboundSamples)
        {
            using var response = await app.PostAsync(ActivityBuilder.FromSample(Path.GetFileName(sample)).Build());

            Assert.True(response.IsSuccessStatusCode, $"{Path.GetFileName(sample)} got {(int)response.StatusCode}");
        }
    }
}
