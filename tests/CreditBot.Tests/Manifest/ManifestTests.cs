using System.Text.Json.Nodes;
using CreditBot.Tests.Support;
using NJsonSchema;

namespace CreditBot.Tests.Manifest;

public class ManifestTests
{
    private static string ManifestFolder => Path.Combine(RepositoryPaths.Root, "manifest");

    [Fact]
    public async Task The_manifest_is_valid_against_the_official_1_29_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Shared, "conformance", "schemas", "teams-app-manifest-1.29.schema.json"));
        var manifest = await File.ReadAllTextAsync(Path.Combine(ManifestFolder, "manifest.json"));

        var errors = schema.Validate(manifest);

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public void The_icons_exist_with_the_sizes_Teams_requires()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json")))!;

        Assert.Equal((192, 192), PngSize(Path.Combine(ManifestFolder, (string)manifest["icons"]!["color"]!)));
        Assert.Equal((32, 32), PngSize(Path.Combine(ManifestFolder, (string)manifest["icons"]!["outline"]!)));
    }

    [Fact]
    public void The_command_list_offers_help_in_both_languages()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json")))!;

        var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToArray();

        Assert.Contains("help", commands);
        Assert.Contains("aide", commands);
        Assert.IsType<CreditBot.Questions.Question.AskHelp>(CreditBot.Questions.QuestionParser.Parse("help"));
        Assert.IsType<CreditBot.Questions.Question.AskHelp>(CreditBot.Questions.QuestionParser.Parse("aide"));
    }

    private static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(0x89, bytes[0]);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }
}
