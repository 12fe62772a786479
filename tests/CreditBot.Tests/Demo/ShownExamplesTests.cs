using System.Globalization;
using System.Text.RegularExpressions;
using CreditBot.Bot;
using CreditBot.Demo;
using CreditBot.Questions;
using CreditBot.Tests.Ledger;
using CreditBot.Tests.Manifest;
using CreditBot.Tests.Support;
using CreditBot.Users;
using Microsoft.Extensions.DependencyInjection;

namespace CreditBot.Tests.Demo;

/// <summary>
/// Every example the bot itself shows (help card, the "not understood" answer, the manifest's command hints, the
/// README's table of questions), in English and in French, asked through the question path against the demo store
/// a new administrator generates, on two dates far apart: each gets a real answer, whatever day the demo is made.
/// </summary>
public sealed partial class ShownExamplesTests(ShownExamplesTests.DemoStores stores) : IClassFixture<ShownExamplesTests.DemoStores>
{
    /// <summary>The tests' usual pinned date and one in another year, another half-year and another weekday.</summary>
    public static readonly DateOnly[] Dates = [new(2026, 11, 23), new(2027, 6, 30)];

    // Answers that mean the example did not reach real data: the parser missed it, or its client or invoice is not in the demo.
    private static readonly string[] NotAnAnswer = ["not-understood", "client-not-found", "client-choice", "invoice-not-found", "order-not-found", "refused", "unavailable"];

    private static readonly string[] Languages = ["en", "fr"];

    public static TheoryData<string, string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var date in Dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
        {
            foreach (var language in Languages)
            {
                var culture = Culture(language);
                foreach (var example in HelpCard.Data(culture)["topics"]!.AsArray().Select(t => (string)t!["example"]!))
                {
                    data.Add(date, "help card", language, example);
                }

                foreach (var example in NotUnderstoodExamples(language))
                {
                    data.Add(date, "not understood", language, example);
                }

                foreach (var example in ReadmeExamples())
                {
                    data.Add(date, "README", language, example);
                }
            }

            foreach (var title in ManifestTests.CommandLists().SelectMany(l => l["commands"]!.AsArray()).Select(c => (string)c!["title"]!).Distinct())
            {
                data.Add(date, "manifest", "en", title);
            }

            foreach (var title in ManifestTests.French.Where(p => p.Key.EndsWith(".title", StringComparison.Ordinal)).Select(p => (string)p.Value!).Distinct())
            {
                data.Add(date, "manifest fr.json", "fr", title);
            }
        }

        return data;
    }

    [Fact]
    public void Every_source_of_examples_is_read()
    {
        // A source read as empty would make the theory pass for nothing.
        Assert.Equal(9, HelpCard.Data(Culture("fr"))["topics"]!.AsArray().Count);
        Assert.True(NotUnderstoodExamples("en").Count >= 3);
        Assert.True(NotUnderstoodExamples("fr").Count >= 3);
        Assert.True(ReadmeExamples().Count >= 15, string.Join(" | ", ReadmeExamples()));
        Assert.Contains("statut facture FA000032", ReadmeExamples());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Gets_a_real_answer_from_the_demo_store(string date, string shownBy, string language, string example)
    {
        var asOf = DateOnly.Parse(date, CultureInfo.InvariantCulture);
        var host = stores.At(asOf);

        var answer = Ask(host, example, language, asOf);

        Assert.False(NotAnAnswer.Contains(answer.Kind), $"{shownBy} example '{example}' ({language}, demo of {date}) answered {answer.Kind}: {answer.Text}");
        Assert.NotNull(answer.Card);
    }

    private static Answer Ask(LedgerHost host, string text, string language, DateOnly asOf)
    {
        var creditManager = new Person("b7d1e0a2-3c4f-4e5a-9b6c-7d8e9f0a1b2c", "claire.moreau@contoso.example", "Claire", new HashSet<Role> { Role.CreditManager }, language);
        return host.Services.GetRequiredService<QuestionHandler>().Respond(QuestionParser.Parse(text), creditManager, Culture(language), text, asOf);
    }

    private static CultureInfo Culture(string language) => language == "fr" ? TurnCulture.French : TurnCulture.English;

    /// <summary>The examples listed by the bot's "not understood" answer, read from that answer itself.</summary>
    private static List<string> NotUnderstoodExamples(string language)
    {
        using var host = LedgerHost.Create();
        var answer = Ask(host, language == "fr" ? "quelle heure est-il ?" : "what time is it?", language, Dates[0]);
        Assert.Equal("not-understood", answer.Kind);
        return [.. answer.Text!.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..].Trim())];
    }

    /// <summary>The backquoted examples of the README's "What you can ask" table.</summary>
    private static List<string> ReadmeExamples()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## What you can ask", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        return [.. section.Split('\n')
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| question", StringComparison.Ordinal))
            .Select(l => l.Split('|')[2])
            .SelectMany(cell => Quoted().Matches(cell).Select(m => m.Groups[1].Value))];
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Quoted();

    /// <summary>One demo store per date, generated and imported once (`creditbot demo --import` as of that date).</summary>
    public sealed class DemoStores : IAsyncLifetime
    {
        private readonly Dictionary<DateOnly, LedgerHost> _hosts = [];

        internal LedgerHost At(DateOnly date) => _hosts[date];

        public async Task InitializeAsync()
        {
            foreach (var date in Dates)
            {
                var host = LedgerHost.Create(new()
                {
                    ["Demo:Clients"] = "300",
                    ["Demo:Seed"] = "42",
                    ["Demo:Months"] = "18",
                });
                host.Time.SetUtcNow(new DateTimeOffset(date.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero));
                var report = await ActivatorUtilities.CreateInstance<DemoSeeder>(host.Services).SeedAsync(CancellationToken.None);
                Assert.True(report.Succeeded);
                _hosts[date] = host;
            }
        }

        public Task DisposeAsync()
        {
            foreach (var host in _hosts.Values)
            {
                host.Dispose();
            }

            return Task.CompletedTask;
        }
    }
}
