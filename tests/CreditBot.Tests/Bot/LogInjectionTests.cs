using System.Net;
using CreditBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditBot.Tests.Bot;

/// <summary>
/// Issue 11, item 6: text from an activity (a card verb, ids) cannot forge log lines or flood the
/// log. Checked on every event the app writes for the request, as a log sink receives it.
/// </summary>
public sealed class LogInjectionTests
{
    private const string Forged = "nope\r\nwarn: Security[1]\n FORGED";

    [Fact]
    public async Task A_card_verb_with_line_breaks_cannot_forge_a_log_line()
    {
        var logs = new CapturingLoggerProvider();
        await using var app = await StartAsync(logs);

        using var response = await app.PostAsync(ActivityBuilder.CardAction().WithCardAction(Forged, "{}").Build());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var unknownVerb = Assert.Single(logs.Events, e => e.EventId == 2005);
        Assert.Contains(@"nope\r\nwarn: Security[1]\n FORGED", unknownVerb.Message, StringComparison.Ordinal);
        AssertNoLineBreakAnywhere(logs);
    }

    [Fact]
    public async Task Ids_with_line_breaks_cannot_forge_a_log_line()
    {
        var logs = new CapturingLoggerProvider();
        await using var app = await StartAsync(logs);
        var activity = ActivityBuilder.CardAction().WithCardAction(Forged, "{}").WithId("1\r\nerror: FORGED").WithConversationId("a:1\nFORGED").Build();

        using var response = await app.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(logs.Events, e => e.EventId == 2000 && e.Message.Contains(@"a:1\nFORGED", StringComparison.Ordinal));
        AssertNoLineBreakAnywhere(logs);
    }

    [Fact]
    public async Task A_ten_thousand_character_verb_is_logged_cut_with_its_length()
    {
        var logs = new CapturingLoggerProvider();
        await using var app = await StartAsync(logs);
        var verb = new string('x', 10_000);

        using var response = await app.PostAsync(ActivityBuilder.CardAction().WithCardAction(verb, "{}").Build());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var unknownVerb = Assert.Single(logs.Events, e => e.EventId == 2005);
        Assert.Contains(new string('x', 200) + "…(10000 chars)", unknownVerb.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 201), unknownVerb.Message, StringComparison.Ordinal);
        Assert.All(logs.Events.SelectMany(e => e.Texts), text => Assert.True(text.Length < 1_000, $"a log text of {text.Length} characters"));
    }

    private static Task<CreditBotApp> StartAsync(CapturingLoggerProvider logs) =>
        CreditBotApp.StartAsync(
            settings => settings["Logging:LogLevel:Default"] = "Debug",
            services => services.AddSingleton<ILoggerProvider>(logs));

    private static void AssertNoLineBreakAnywhere(CapturingLoggerProvider logs)
    {
        Assert.NotEmpty(logs.Events);
        Assert.All(logs.Events.SelectMany(e => e.Texts), text => Assert.DoesNotContain(text, c => c is '\r' or '\n'));
    }
}
