using System.Text.Json;
using System.Text.Json.Nodes;
using CreditBot.Cards;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Cards;

public class CardTemplatesTests
{
    [Fact]
    public void Every_template_in_the_cards_folder_is_embedded_and_has_sample_data()
    {
        var files = Directory.GetFiles(RepositoryPaths.Cards, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(files, CardTemplates.Names);
        Assert.Equal(files, CardSamples.ByTemplate.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [MemberData(nameof(CardSamples.All), MemberType = typeof(CardSamples))]
    public void Expands_with_nothing_left_unbound_declares_1_5_and_fits_a_Teams_message(string template, string culture)
    {
        var raw = CardTemplates.Bind(template, CardSamples.For(template, culture));
        var card = raw.ToNode();

        Assert.Empty(CardBinder.Leftovers(card));
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.True(raw.ToString().Length * 2 < 80 * 1024, "A Teams message must stay under 80 KB (UTF-16).");
    }

    [Fact]
    public void Many_threads_binding_the_shared_templates_at_once_get_the_same_cards_as_one_thread()
    {
        var samples = CardSamples.All().Select(row => ((string)row[0], (string)row[1])).ToArray();
        var expected = samples.ToDictionary(s => s, s => CardTemplates.Bind(s.Item1, CardSamples.For(s.Item1, s.Item2)).ToString());

        var mismatches = 0;
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var sample = samples[i % samples.Length];
            if (CardTemplates.Bind(sample.Item1, CardSamples.For(sample.Item1, sample.Item2)).ToString() != expected[sample])
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
        Assert.All(samples, s => Assert.Equal(expected[s], CardTemplates.Bind(s.Item1, CardSamples.For(s.Item1, s.Item2)).ToString()));
    }

    [Theory]
    [MemberData(nameof(CardSamples.All), MemberType = typeof(CardSamples))]
    public async Task Expands_to_the_same_JSON_as_the_official_templating_library(string template, string culture)
    {
        using var temp = new TempFolder();
        var data = CardSamples.For(template, culture);
        await File.WriteAllTextAsync(temp.File("data.json"), data.ToJsonString());
        var ours = CardTemplates.Bind(template, data).ToNode();

        var official = await NodeTool.RunAsync(RepositoryPaths.CardsTool, "expand.mjs", Path.Combine(RepositoryPaths.Cards, $"{template}.json"), temp.File("data.json"), "--strict");

        Assert.True(official.ExitCode == 0, official.Error);
        var expected = JsonNode.Parse(official.Output);
        Assert.True(JsonNode.DeepEquals(expected, ours), $"official:\n{expected?.ToJsonString()}\nours:\n{ours.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(CardSamples.All), MemberType = typeof(CardSamples))]
    public async Task Renders_with_the_official_renderer_without_a_warning(string template, string culture)
    {
        using var temp = new TempFolder();
        var card = CardTemplates.Bind(template, CardSamples.For(template, culture));
        await File.WriteAllTextAsync(temp.File("card.json"), card.ToString());
        var png = Path.Combine(RepositoryPaths.Root, "artifacts", "cards", $"{template}.{culture}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);

        var render = await NodeTool.RunAsync(RepositoryPaths.CardsTool, "render.mjs", temp.File("card.json"), "--strict", "--out", png);

        Assert.True(render.ExitCode == 0, $"{render.Output}\n{render.Error}");
        Assert.True(File.Exists(png));
    }

    [Fact]
    public void Binder_keeps_the_type_of_a_lone_expression_and_drops_elements_whose_when_is_false()
    {
        var template = JsonNode.Parse("""
            {"type":"AdaptiveCard","body":[
              {"type":"TextBlock","text":"${count}","$when":"${show}"},
              {"type":"TextBlock","text":"hidden","$when":"${!show}"},
              {"type":"TextBlock","$data":"${items}","text":"${$index}: ${name} (${$root.unit})"},
              {"type":"TextBlock","text":"${missing.path}"}]}
            """)!.AsObject();
        var data = JsonNode.Parse("""{"count":3,"show":true,"unit":"EUR","items":[{"name":"a"},{"name":"b"}]}""");

        var card = CardBinder.Bind(template, data).ToNode();

        var body = card["body"]!.AsArray();
        Assert.Equal(4, body.Count);
        Assert.Equal(JsonValueKind.Number, body[0]!["text"]!.GetValueKind());
        Assert.Equal("0: a (EUR)", (string?)body[1]!["text"]);
        Assert.Equal("1: b (EUR)", (string?)body[2]!["text"]);
        Assert.Equal("${missing.path}", (string?)body[3]!["text"]);
        Assert.Single(CardBinder.Leftovers(card));
    }
}
