using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CreditBot.Cards;
using CreditBot.OrderBlocks;
using CreditBot.Tests.Committee;
using CreditBot.Tests.OrderBlocks;
using CreditBot.Tests.Support;
using static CreditBot.Tests.OrderBlocks.OrderBlockFixtures;

namespace CreditBot.Tests.Cards;

/// <summary>
/// Text a user typed comes back as typed: Teams renders markdown in card text blocks and plain replies, so a typed
/// link, bold or list would otherwise be drawn by the bot's own card. The check renders with the markdown processor
/// the official renderer is given (markdown-it, linkify on) and with the official renderer itself.
/// </summary>
public sealed partial class TypedTextTests
{
    private const string Link = "[Valider ici](https://evil.example/login)";

    public static TheoryData<string> Typed() => new()
    {
        "zz [Valider ici](https://evil.example/login) zz",
        "**gras** et __gras__, *italique* et _italique_, ~~barré~~",
        "- un\n- deux\n+ trois\n* quatre",
        "1. un\n2) deux",
        "# titre\n> citation\n---",
        "`code` et <https://evil.example> et <b>html</b>",
        "https://evil.example/login, www.evil.com, evil.com/login et moi@evil.com",
        "ACME\\*, 12:30, 1.5 %, C:\\temp | A & B",
    };

    [Theory]
    [MemberData(nameof(Typed))]
    public async Task Links_emphasis_lists_and_addresses_typed_by_a_user_render_as_typed(string typed)
    {
        var html = await RenderMarkdownAsync(Markdown.Literal(typed));

        Assert.DoesNotMatch(MarkupTag(), html);
        Assert.Equal(Normalized(typed), Drawn(html));
    }

    [Fact]
    public void Stored_text_without_markdown_is_unchanged()
    {
        Assert.Equal("Relancer d'abord, ok jusqu'au 30/11 (60k)", Markdown.Literal("Relancer d'abord, ok jusqu'au 30/11 (60k)"));
        Assert.Equal(string.Empty, Markdown.Literal(null));
    }

    [Fact]
    public async Task A_link_and_bold_typed_in_a_question_come_back_escaped_in_the_not_found_card()
    {
        await using var app = await CreditBotApp.StartAsync(settings => settings["Storage:SeedDemoData"] = "true");

        var reply = await app.Teams.SayAsync($"encours zz **gras** {Link} zz", "fr-FR", "b7d1e0a2-3c4f-4e5a-9b6c-7d8e9f0a1b2c");

        Assert.Contains(@"\*\*gras\*\* \[Valider ici\](https:", reply.CardText, StringComparison.Ordinal);
        var shown = await RenderCardAsync(reply.Card!);
        Assert.Contains($"Aucun client nommé « zz **gras** {Link} zz »", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comment_typed_on_the_vote_card_is_shown_literally_on_the_refreshed_card()
    {
        await using var committee = await CommitteeHarness.StartAsync();
        await committee.SubmitAsync("80000", justification: $"**Urgent** {Link}");
        await committee.DeliverAsync();
        var id = committee.Request().Id;

        var body = await committee.VoteAsync(id, CommitteeHarness.Members[0], "approve", $"**OK** {Link}");

        var card = CommitteeHarness.Card(body);
        Assert.Contains(@"\*\*OK\*\* \[Valider ici\]", CardText.Of(card), StringComparison.Ordinal);
        Assert.Contains(Strings(card), text => text.StartsWith(@"\*\*Urgent\*\* \[Valider ici\]", StringComparison.Ordinal));
        var shown = await RenderCardAsync(card);
        Assert.Contains($"**OK** {Link}", shown, StringComparison.Ordinal);
        Assert.Contains($"**Urgent** {Link}", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reject_comment_is_shown_literally_on_the_decision_card_and_to_the_salesperson()
    {
        await using var harness = await BlockedOrderHarness.StartAsync();

        var answer = await harness.InvokeAsync(harness.Click(
            BlockedOrderCard.RejectVerb, Claire, BlockedOrderHarness.Data(AcmeOrder, 1, $"\"rejectReason\":\"reject.overdue\",\"rejectComment\":\"**Non** {Link}\"")));
        await harness.Delivery.RunUntilAsync(() => TextTo(harness, Camille) is not null, TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(@"\*\*Non\*\* \[Valider ici\]", answer.CardText, StringComparison.Ordinal);
        Assert.Contains(@"\*\*Non\*\* \[Valider ici\]", TextTo(harness, Camille), StringComparison.Ordinal);
        Assert.Contains($"**Non** {Link}", Drawn(await RenderMarkdownAsync(TextTo(harness, Camille)!)), StringComparison.Ordinal);
        Assert.Contains($"**Non** {Link}", await RenderCardAsync(answer.Body!["value"]!), StringComparison.Ordinal);
    }

    private static string? TextTo(BlockedOrderHarness harness, string person) =>
        harness.Delivery.Fake.Requests
            .Where(r => r is { Method: "POST", Status: 200 } && r.ConversationId == BlockedOrderHarness.Conversation(person) && r.Activity?.Text is { Length: > 0 })
            .Select(r => r.Activity!.Text)
            .LastOrDefault();

    /// <summary>The HTML of markdown-it configured as <c>render.mjs</c> configures it.</summary>
    private static async Task<string> RenderMarkdownAsync(string markdown)
    {
        const string Script = "process.stdout.write(require('markdown-it')({ html: false, linkify: true }).render(process.argv[1]))";
        var result = await NodeTool.RunAsync(RepositoryPaths.CardsTool, "-e", Script, markdown);
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Output;
    }

    /// <summary>The text the official renderer draws for a card, word joiners removed.</summary>
    private static async Task<string> RenderCardAsync(JsonNode card)
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("card.json"), card.ToJsonString());

        var render = await NodeTool.RunAsync(RepositoryPaths.CardsTool, "render.mjs", temp.File("card.json"), "--json", "--out", temp.File("card.png"));

        Assert.True(render.ExitCode == 0, $"{render.Output}\n{render.Error}");
        using var result = JsonDocument.Parse(render.Output);
        return Normalized(result.RootElement.GetProperty("text").GetString()!);
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    /// <summary>The text a reader sees in rendered HTML.</summary>
    private static string Drawn(string html) => Normalized(WebUtility.HtmlDecode(Tag().Replace(html, string.Empty)));

    private static string Normalized(string text) =>
        Whitespace().Replace(text.Replace(Markdown.WordJoiner.ToString(), string.Empty, StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"<(a|strong|em|s|del|li|ul|ol|h\d|blockquote|code|hr|b)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MarkupTag();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
