using CreditBot.Committee;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Committee;

/// <summary>
/// Each view of the committee card renders with the official renderer without a warning: a member before voting, a
/// member after voting, the shared view (group chat), the closed card. PNGs land in artifacts/cards for a look.
/// </summary>
public class CommitteeCardRenderingTests
{
    public static TheoryData<string, string> Views()
    {
        // The member-1 view after voting renders in both languages with the other templates (CardSamples).
        return new TheoryData<string, string>
        {
            { "before-voting", "fr-FR" },
            { "shared", "en-US" },
            { "closed", "fr-FR" },
        };
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Each_view_renders_with_the_official_renderer_without_a_warning(string view, string culture)
    {
        using var temp = new TempFolder();
        var (record, viewer, notice) = view switch
        {
            "before-voting" => (CommitteeSamples.WithVotes(), "member-3", (string?)null),
            "after-voting" => (CommitteeSamples.WithVotes(), "member-1", CreditBot.Texts.CommitteeTexts.Format(
                "vote.counted", System.Globalization.CultureInfo.GetCultureInfo(culture), CommitteeCard.YourChoiceText(CommitteeSamples.WithVotes().Request.Votes[0], System.Globalization.CultureInfo.GetCultureInfo(culture)))),
            "shared" => (CommitteeSamples.WithVotes(), null, null),
            _ => (CommitteeSamples.WithVotes(closed: true) with { ValidUntil = new DateOnly(2027, 6, 30) }, "member-1", null),
        };
        var card = CommitteeCard.Render(record, viewer, CommitteeSamples.Paris, System.Globalization.CultureInfo.GetCultureInfo(culture), notice);
        await File.WriteAllTextAsync(temp.File("card.json"), card.ToString());
        var png = Path.Combine(RepositoryPaths.Root, "artifacts", "cards", $"committee-vote.{view}.{culture}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);

        var render = await NodeTool.RunAsync(RepositoryPaths.CardsTool, "render.mjs", temp.File("card.json"), "--strict", "--out", png);

        Assert.True(render.ExitCode == 0, $"{render.Output}\n{render.Error}");
        Assert.True(File.Exists(png));
        Assert.Equal(record.IsClosed, !card.ToString().Contains("Action.Execute", StringComparison.Ordinal));
    }
}
