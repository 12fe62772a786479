using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Ledger;
using CreditBot.Storage;
using CreditBot.Tests.Ledger;
using static CreditBot.Tests.Committee.CommitteeHarness;

namespace CreditBot.Tests.Committee;

/// <summary>A decided limit is not undone by the next import while the ERP still carries the old one.</summary>
public class DecidedLimitTests
{
    private static readonly System.Globalization.CultureInfo French = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public async Task The_next_import_keeps_the_decided_limit_and_reports_the_difference_with_the_erp()
    {
        await using var committee = await StartAsync();
        await committee.SubmitAsync("80000");
        await committee.DeliverAsync();
        var id = committee.Request().Id;
        foreach (var member in Members)
        {
            await committee.VoteAsync(id, member, "approve");
        }

        var report = await NextErpImportAsync(committee);

        Assert.Equal(ImportStatus.Imported, report.Status);
        var acme = committee.App.Get<LedgerStore>().FindClient(new ClientCode("C001"))!;
        Assert.Equal(Money.Eur(80_000m), acme.Limit!.Amount);
        Assert.Equal(new DateOnly(2027, 6, 30), acme.Limit.ReviewDate);
        var difference = Assert.Single(committee.App.Get<DecidedLimitStore>().Differences());
        Assert.Equal(("C001", Money.Eur(80_000m), (Money?)Money.Eur(50_000m), id), (difference.ClientCode, difference.Amount, difference.ErpLimit, difference.RequestId));
        var claire = await committee.AskAsync("comité", "b7d1e0a2-3c4f-4e5a-9b6c-7d8e9f0a1b2c");
        Assert.Contains(
            $"ACME Industrie SAS (C001) : décidée {CreditBot.Answers.Figures.Money(Money.Eur(80_000m), French)} le {CreditBot.Answers.Figures.Date(new DateOnly(2026, 11, 23), French)} (demande {id}), ERP encore {CreditBot.Answers.Figures.Money(Money.Eur(50_000m), French)}",
            claire,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_an_import_the_block_rules_judge_orders_against_the_decided_limit_not_the_erps()
    {
        await using var committee = await StartAsync();
        const string alex = "00000000-0000-0000-0000-0000000000020";
        committee.Delivery.RememberConversation("a:alex", alex);
        await committee.SubmitAsync("10000");
        await committee.DeliverAsync();
        var id = committee.Request().Id;
        await committee.App.Teams.InvokeAsync(Support.ActivityBuilder.CardAction()
            .WithConversationId("a:alex").WithFrom("29:alex").WithFromAadObjectId(alex)
            .WithCardAction("committee.vote", $$"""{"requestId":"{{id}}","choice":"approve"}""").Build());

        var report = await NextErpImportAsync(committee);

        Assert.Equal(ImportStatus.Imported, report.Status);

        // CMD-001 alone is 12 000 €: over the decided 10 000 €, within the ERP's 50 000 €.
        Assert.Contains("block.limit-exceeded", committee.App.Get<CreditBot.OrderBlocks.IOrderBlockStore>().All().Single(b => b.Client.Value == "C001" && b.OrderNumber == "CMD-001").ReasonKeys);
    }

    [Fact]
    public async Task My_requests_and_committee_answer_in_chat_with_the_status_and_the_members_vote()
    {
        await using var committee = await StartAsync();
        await committee.SubmitAsync("80000");
        await committee.DeliverAsync();
        var id = committee.Request().Id;
        await committee.VoteAsync(id, Members[1], "counter", counter: "60000");

        var mine = await committee.AskAsync("mes demandes", Camille);
        var voted = await committee.AskAsync("committee", Members[1], "en-US");
        var pending = await committee.AskAsync("comité", Members[0]);

        Assert.Contains($"{id} · ACME Industrie SAS (C001)", mine, StringComparison.Ordinal);
        Assert.Contains("Ouverte · 1 sur 5 ont voté · quorum 3", mine, StringComparison.Ordinal);
        Assert.Contains($"{id} · ACME Industrie SAS (C001)", voted, StringComparison.Ordinal);
        Assert.Contains("you approve at €60,000.00", voted, StringComparison.Ordinal);
        Assert.Contains("pas encore voté", pending, StringComparison.Ordinal);
    }

    /// <summary>The next day's ERP files: the same ledger, one other client's limit changed, ACME still at 50 000 €.</summary>
    private static async Task<ImportReport> NextErpImportAsync(CommitteeHarness committee)
    {
        using var folder = new Support.TempFolder();
        var clients = folder.File("clients.csv");
        await File.WriteAllTextAsync(clients, Fixture.Text("clients.csv").Replace("10000.50", "12000.00", StringComparison.Ordinal));
        return await committee.App.Get<LedgerImporter>().ImportAsync(
            new ImportRequest("fec", [LedgerInput.FromFile(Fixture.Path("fec-basic.txt"))])
            {
                ClientMaster = LedgerInput.FromFile(clients),
                Orders = LedgerInput.FromFile(Fixture.Path("orders.csv")),
            },
            CancellationToken.None);
    }
}
