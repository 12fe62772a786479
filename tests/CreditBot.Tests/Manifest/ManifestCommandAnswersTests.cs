using CreditBot.Bot;
using CreditBot.Demo;
using CreditBot.Questions;
using CreditBot.Tests.Ledger;
using CreditBot.Users;
using Microsoft.Extensions.DependencyInjection;

namespace CreditBot.Tests.Manifest;

/// <summary>Every command hint of the manifest, in English and in French, asked against the demo store.</summary>
public sealed class ManifestCommandAnswersTests : IDisposable
{
    // Answers that mean the hint did not reach real data: the parser missed it, or its client or invoice is not in the demo.
    private static readonly string[] NotAnAnswer = ["not-understood", "client-not-found", "client-choice", "invoice-not-found", "refused"];

    private readonly LedgerHost _host = LedgerHost.Create(new()
    {
        ["Storage:SeedDemoData"] = "true",
        ["Demo:Clients"] = "300",
        ["Demo:Seed"] = "42",
        ["Demo:Months"] = "18",
    });

    public static TheoryData<string, string> Hints()
    {
        var hints = new TheoryData<string, string>();
        foreach (var title in ManifestTests.CommandLists().SelectMany(l => l["commands"]!.AsArray()).Select(c => (string)c!["title"]!).Distinct())
        {
            hints.Add("en", title);
        }

        foreach (var title in ManifestTests.French.Where(p => p.Key.EndsWith(".title", StringComparison.Ordinal)).Select(p => (string)p.Value!).Distinct())
        {
            hints.Add("fr", title);
        }

        return hints;
    }

    [Theory]
    [MemberData(nameof(Hints))]
    public async Task Gets_a_real_answer_from_the_demo_store(string language, string hint)
    {
        // The demo a new administrator generates today (`creditbot demo --import`): the invoice hint names one of its open invoices.
        _host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 4, 7, 0, 0, TimeSpan.Zero));
        await ActivatorUtilities.CreateInstance<DemoSeeder>(_host.Services).SeedAsync(CancellationToken.None);
        var creditManager = new Person("b7d1e0a2-3c4f-4e5a-9b6c-7d8e9f0a1b2c", "claire.moreau@contoso.example", "Claire", new HashSet<Role> { Role.CreditManager }, language);
        var culture = language == "fr" ? TurnCulture.French : TurnCulture.English;

        var answer = _host.Services.GetRequiredService<QuestionHandler>().Respond(QuestionParser.Parse(hint), creditManager, culture, hint);

        Assert.DoesNotContain(answer.Kind, NotAnAnswer);
        Assert.NotNull(answer.Card);
    }

    public void Dispose() => _host.Dispose();
}
