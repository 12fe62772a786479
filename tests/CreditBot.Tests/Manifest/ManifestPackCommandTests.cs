using System.IO.Compression;
using System.Text.Json.Nodes;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Manifest;

/// <summary><c>creditbot manifest pack</c>, run as the real executable.</summary>
public class ManifestPackCommandTests
{
    [Fact]
    public async Task Pack_fills_the_placeholders_from_configuration_and_writes_the_zip()
    {
        using var folder = new TempFolder();
        var zipPath = Path.Combine(folder.Path, "out", "creditbot.zip");
        var environment = new Dictionary<string, string>
        {
            ["TeamsApp__Id"] = ManifestTests.Values["TEAMS_APP_ID"],
            ["BotFramework__AppId"] = ManifestTests.Values["BOT_ID"],
            ["TeamsApp__Domain"] = ManifestTests.Values["BOT_DOMAIN"],
            ["TeamsApp__NameSuffix"] = "-trial",
        };

        var result = await CreditBotCli.RunAsync(environment, "manifest", "pack", "--out", zipPath, "--db", Path.Combine(folder.Path, "creditbot.db"));

        Assert.True(result.ExitCode == 0, result.Error);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "fr.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var stream = zip.GetEntry("manifest.json")!.Open();
        var manifest = JsonNode.Parse(stream)!;
        Assert.Equal(ManifestTests.Values["TEAMS_APP_ID"], (string)manifest["id"]!);
        Assert.Equal(ManifestTests.Values["BOT_ID"], (string)manifest["bots"]![0]!["botId"]!);
        Assert.Equal("CreditBot-trial", (string)manifest["name"]!["short"]!);
        Assert.Equal("https://creditbot.contoso.example/privacy", (string)manifest["developer"]!["privacyUrl"]!);
    }

    [Fact]
    public async Task Pack_without_the_ids_names_the_settings_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var zipPath = Path.Combine(folder.Path, "creditbot.zip");

        var result = await CreditBotCli.RunAsync(new Dictionary<string, string>(), "manifest", "pack", "--out", zipPath, "--db", Path.Combine(folder.Path, "creditbot.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("TeamsApp:Id (or TEAMS_APP_ID) is not set.", result.Error, StringComparison.Ordinal);
        Assert.Contains("BotFramework:AppId (or BOT_ID) is not set.", result.Error, StringComparison.Ordinal);
        Assert.Contains("TeamsApp:Domain (or BOT_DOMAIN) is not set.", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }
}
