using System.Globalization;
using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.Domain;

namespace CreditBot.Tests.Answers;

public class OpenInvoicesCardTests
{
    // ACME on 23 Nov 2026: F-0042 due 15 May (192 days late, 6 000 of 10 000 open), F-0061 due 31 Aug (84 days,
    // disputed, 1 600 of 3 600), F-0088 due 10 Oct (44 days, promised for 30 Nov), F-0101 due 19 Nov (4 days),
    // F-0120 due 10 Dec (not due), credit note AV-0007 of -1 200.
    private static readonly OpenInvoicesView Acme = new(AnswerSamples.Acme, AnswerSamples.AsOf, AnswerSamples.AcmeItems);

    [Fact]
    public void Totals_are_the_open_balance_the_overdue_and_the_disputed_amounts()
    {
        var data = OpenInvoicesCard.Data(Acme, TurnCulture.English);

        // 6 000 + 1 600 + 8 400 + 12 000 + 21 345.67 - 1 200; overdue: the four past due; disputed: F-0061's 1 600.
        Assert.Equal(Figures.Money(Money.Eur(48_145.67m), TurnCulture.English), CardData.Value(data, "totals", "Open balance"));
        Assert.Equal("6 items", FiguresTests.Spaced((string)CardData.Row(data, "totals", "Open balance")["note"]!));
        Assert.Equal(Figures.Money(Money.Eur(28_000m), TurnCulture.English), CardData.Value(data, "totals", "Overdue"));
        Assert.Equal(Figures.Money(Money.Eur(1_600m), TurnCulture.English), CardData.Value(data, "totals", "Disputed"));
        Assert.Equal("Attention", (string?)CardData.Row(data, "totals", "Overdue")["color"]);
        Assert.Equal("See the exposure", (string?)data["button"]);
        Assert.Equal("C0042", (string?)data["clientCode"]);
    }

    [Fact]
    public void Invoices_come_most_late_first_with_their_flags_and_credits_after_as_negatives()
    {
        var data = OpenInvoicesCard.Data(Acme, TurnCulture.English);

        Assert.Equal(
            ["F-2026-0042 · due 15 May 2026", "F-2026-0061 · due 31 Aug 2026", "F-2026-0088 · due 10 Oct 2026", "F-2026-0101 · due 19 Nov 2026", "F-2026-0120 · due 10 Dec 2026"],
            Labels(data, "items"));
        Assert.Equal("issued 15 Apr 2026 · 192 days late · partly paid (of €10,000.00)", Note(data, "items", 0));
        Assert.Equal("issued 1 Aug 2026 · 84 days late · disputed · partly paid (of €3,600.00)", Note(data, "items", 1));
        Assert.Equal("issued 10 Sep 2026 · 44 days late · payment promised for 30 Nov 2026", Note(data, "items", 2));
        Assert.Equal("issued 20 Oct 2026 · 4 days late", Note(data, "items", 3));
        Assert.Equal("issued 10 Nov 2026 · not due", Note(data, "items", 4));
        Assert.Equal(["AV-2026-0007 · credit note"], Labels(data, "credits"));
        Assert.Equal(Figures.Money(Money.Eur(-1_200m), TurnCulture.English), (string?)data["credits"]![0]!["value"]);
        Assert.False((bool)data["hasMore"]!);
    }

    [Fact]
    public void In_french_the_same_card_reads_in_french()
    {
        var data = OpenInvoicesCard.Data(Acme, TurnCulture.French);

        Assert.Equal("Factures ouvertes", (string?)data["title"]);
        Assert.Equal("ACME Industries (C0042) · au 23 nov. 2026", FiguresTests.Spaced((string)data["subtitle"]!));
        Assert.Equal(Figures.Money(Money.Eur(28_000m), TurnCulture.French), CardData.Value(data, "totals", "Échu"));
        Assert.Equal("F-2026-0042 · échéance 15 mai 2026", FiguresTests.Spaced(Labels(data, "items")[0]));
        Assert.Equal("émise le 1 août 2026 · 84 jours de retard · en litige · payée en partie (sur 3 600,00 €)", Note(data, "items", 1));
        Assert.Equal("émise le 10 nov. 2026 · non échue", Note(data, "items", 4));
        Assert.Equal(["AV-2026-0007 · avoir"], Labels(data, "credits"));
        Assert.Equal("Voir l'encours", (string?)data["button"]);
    }

    [Fact]
    public void Past_fifteen_rows_the_card_says_how_many_more_and_for_how_much()
    {
        // 20 invoices of 100 €, invoice i due i days ago: rows 20 down to 6 are shown, the 5 least late (5 to 1 days) are not.
        var items = Enumerable.Range(1, 20)
            .Select(i => AnswerSamples.Item("F-" + i.ToString("D2", CultureInfo.InvariantCulture), AnswerSamples.AsOf.AddDays(-i - 30), AnswerSamples.AsOf.AddDays(-i), 100m, 100m))
            .ToList();

        var data = OpenInvoicesCard.Data(new OpenInvoicesView(AnswerSamples.Acme, AnswerSamples.AsOf, items), TurnCulture.English);

        Assert.Equal(OpenInvoicesCard.MaxRows, data["items"]!.AsArray().Count);
        Assert.StartsWith("F-20 ·", Labels(data, "items")[0], StringComparison.Ordinal);
        Assert.StartsWith("F-06 ·", Labels(data, "items")[^1], StringComparison.Ordinal);
        Assert.True((bool)data["hasMore"]!);
        Assert.Equal("and 5 more, for €500.00", FiguresTests.Spaced((string)data["more"]!));
        Assert.Equal(Figures.Money(Money.Eur(2_000m), TurnCulture.English), CardData.Value(data, "totals", "Open balance"));
    }

    [Fact]
    public void A_settled_account_says_so_and_lists_nothing()
    {
        var settled = AnswerSamples.Item("F-1", AnswerSamples.AsOf.AddDays(-40), AnswerSamples.AsOf.AddDays(-10), 500m, 0m);

        var data = OpenInvoicesCard.Data(new OpenInvoicesView(AnswerSamples.Acme, AnswerSamples.AsOf, [settled]), TurnCulture.English);

        Assert.True((bool)data["hasNone"]!);
        Assert.False((bool)data["hasItems"]!);
        Assert.Empty(data["items"]!.AsArray());
    }

    private static List<string> Labels(System.Text.Json.Nodes.JsonObject data, string array) =>
        [.. data[array]!.AsArray().Select(row => FiguresTests.Spaced((string)row!["label"]!))];

    private static string Note(System.Text.Json.Nodes.JsonObject data, string array, int index) =>
        FiguresTests.Spaced((string)data[array]![index]!["note"]!);
}
