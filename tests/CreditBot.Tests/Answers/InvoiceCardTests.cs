using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.Domain;
using CreditBot.Domain.LatePayment;

namespace CreditBot.Tests.Answers;

public class InvoiceCardTests
{
    [Fact]
    public void Penalties_show_the_domain_amount_and_every_half_year_rate_used()
    {
        var view = AnswerSamples.PartlyPaidInvoice;

        var data = InvoiceCard.Data(view, TurnCulture.English);

        var computed = Assert.IsType<PenaltyOutcome.Computed>(view.Penalty);
        Assert.Equal(444.72m, computed.Amount.Amount);
        Assert.Equal($"{Figures.Money(computed.Amount, TurnCulture.English)} due by law", (string?)data["penalty"]);
        Assert.Equal(
            ["H1 2026: 12.15% × 46 days on €4,000.00", "H1 2026: 12.15% × 46 days on €6,000.00", "H2 2026: 12.15% × 146 days on €6,000.00"],
            CardData.Texts(data, "penaltyRows"));
        Assert.Equal("1 Jul 2026 to 23 Nov 2026 · ECB rate 2.15% + 10 points", FiguresTests.Spaced((string)data["penaltyRows"]![2]!["note"]!));
        Assert.Equal("€40.00", CardData.Value(data, "indemnity", "Recovery indemnity"));
    }

    [Fact]
    public void Dates_amounts_days_late_and_dunning_are_the_invoices()
    {
        var view = AnswerSamples.PartlyPaidInvoice;

        var data = InvoiceCard.Data(view, TurnCulture.French);

        Assert.Equal("Facture F-2026-0042", (string?)data["title"]);
        Assert.Equal("Échue : 192 jours de retard", FiguresTests.Spaced((string)data["status"]!));
        Assert.Equal("15 avr. 2026", FiguresTests.Spaced(CardData.Value(data, "figures", "Date de facture")!));
        Assert.Equal("15 mai 2026", FiguresTests.Spaced(CardData.Value(data, "figures", "Échéance")!));
        Assert.Equal(Figures.Money(Money.Eur(10_000m), TurnCulture.French), CardData.Value(data, "figures", "Montant"));
        Assert.Equal(Figures.Money(Money.Eur(6_000m), TurnCulture.French), CardData.Value(data, "figures", "Reste dû"));
        Assert.Equal(Figures.Days(192, TurnCulture.French), CardData.Value(data, "figures", "Retard"));
        Assert.Equal("Niveau 3", CardData.Value(data, "figures", "Relance"));
    }

    [Fact]
    public void A_missing_half_year_rate_gives_the_covered_part_as_a_minimum_naming_the_half_year()
    {
        var invoice = AnswerSamples.PartlyPaid;
        var outcome = PenaltyCalculation.ForInvoice(invoice, AnswerSamples.AcmePayments, AnswerSamples.AsOf, PenaltyRateTable.Default);
        var view = AnswerSamples.PartlyPaidInvoice with { Penalty = outcome };

        var english = InvoiceCard.Data(view, TurnCulture.English);
        var french = InvoiceCard.Data(view, TurnCulture.French);

        var minimum = Assert.IsType<PenaltyOutcome.Computed>(outcome);
        Assert.Equal([new HalfYear(2026, 2)], minimum.MissingHalfYears);
        Assert.StartsWith("At least ", (string?)english["penalty"], StringComparison.Ordinal);
        Assert.Contains("the ECB rate for H2 2026 is not in the rate table yet", (string?)english["penalty"], StringComparison.Ordinal);
        Assert.StartsWith("Au moins ", (string?)french["penalty"], StringComparison.Ordinal);
        Assert.Contains("S2 2026", (string?)french["penalty"], StringComparison.Ordinal);
        Assert.Equal("Attention", (string?)english["penaltyColor"]);
        Assert.Equal(2, english["penaltyRows"]!.AsArray().Count);
        Assert.Equal("€40.00", CardData.Value(english, "indemnity", "Recovery indemnity"));
    }

    [Fact]
    public void An_invoice_late_only_in_a_half_year_without_its_rate_is_still_late_naming_the_half_year()
    {
        // Due 18 Aug 2026, 97 days late on 23 Nov 2026: every day late falls in H2 2026, whose ECB rate the shipped table lacks.
        var invoice = AnswerSamples.Item("F-97", new DateOnly(2026, 7, 19), new DateOnly(2026, 8, 18), 2_457.98m, 2_457.98m);
        var outcome = PenaltyCalculation.ForInvoice(invoice, [], AnswerSamples.AsOf, PenaltyRateTable.Default);
        var view = new InvoiceView(AnswerSamples.Acme, invoice, AnswerSamples.AsOf, outcome, RecoveryIndemnity.For(invoice, [], AnswerSamples.AsOf));

        var english = InvoiceCard.Data(view, TurnCulture.English);
        var french = InvoiceCard.Data(view, TurnCulture.French);

        Assert.Equal([new HalfYear(2026, 2)], Assert.IsType<PenaltyOutcome.Computed>(outcome).MissingHalfYears);
        Assert.StartsWith("Due by law (the invoice is late)", (string?)english["penalty"], StringComparison.Ordinal);
        Assert.Contains("the ECB rate for H2 2026 is not in the rate table", (string?)english["penalty"], StringComparison.Ordinal);
        Assert.StartsWith("Dues de plein droit (la facture est en retard)", (string?)french["penalty"], StringComparison.Ordinal);
        Assert.Contains("le taux BCE du S2 2026", (string?)french["penalty"], StringComparison.Ordinal);
        Assert.DoesNotContain("not late", (string?)english["penalty"], StringComparison.Ordinal);
        Assert.DoesNotContain("pas en retard", (string?)french["penalty"], StringComparison.Ordinal);
        Assert.Equal("Attention", (string?)english["penaltyColor"]);
        Assert.Equal(Figures.Days(97, TurnCulture.English), CardData.Value(english, "figures", "Days late"));
        Assert.Equal("€40.00", CardData.Value(english, "indemnity", "Recovery indemnity"));
        Assert.Equal(Figures.Money(Money.Eur(40m), TurnCulture.French), CardData.Value(french, "indemnity", "Indemnité de recouvrement"));
    }

    [Fact]
    public void A_late_period_straddling_a_half_year_without_its_rate_counts_the_known_days_as_a_minimum()
    {
        // Due 31 May 2026, 176 days late on 23 Nov 2026: 30 days of H1 2026 are known, H2 2026 is not.
        var invoice = AnswerSamples.Item("F-176", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31), 1_000m, 1_000m);
        var outcome = PenaltyCalculation.ForInvoice(invoice, [], AnswerSamples.AsOf, PenaltyRateTable.Default);
        var view = new InvoiceView(AnswerSamples.Acme, invoice, AnswerSamples.AsOf, outcome, RecoveryIndemnity.For(invoice, [], AnswerSamples.AsOf));

        var english = InvoiceCard.Data(view, TurnCulture.English);

        var computed = Assert.IsType<PenaltyOutcome.Computed>(outcome);
        Assert.True(computed.Amount.IsPositive);
        Assert.Equal($"At least {Figures.Money(computed.Amount, TurnCulture.English)} due by law: the ECB rate for H2 2026 is not in the rate table yet, so those days are not counted.", (string?)english["penalty"]);
        Assert.Single(english["penaltyRows"]!.AsArray());
        Assert.Equal("€40.00", CardData.Value(english, "indemnity", "Recovery indemnity"));
    }

    [Fact]
    public void An_invoice_paid_on_time_owes_neither_penalties_nor_indemnity()
    {
        var invoice = AnswerSamples.Item("F-9", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), 1_000m, 0m);
        var payments = new[] { new Domain.Receivables.Payment { Client = invoice.Client, Date = new DateOnly(2026, 10, 30), Amount = Money.Eur(1_000m), AllocatedTo = "F-9", ItemDueDate = invoice.DueDate } };
        var view = new InvoiceView(
            AnswerSamples.Acme,
            invoice,
            AnswerSamples.AsOf,
            PenaltyCalculation.ForInvoice(invoice, payments, AnswerSamples.AsOf, AnswerSamples.Rates),
            RecoveryIndemnity.For(invoice, payments, AnswerSamples.AsOf));

        var data = InvoiceCard.Data(view, TurnCulture.English);

        Assert.Equal("Paid on time", (string?)data["status"]);
        Assert.Equal("None: the invoice is not late.", (string?)data["penalty"]);
        Assert.Equal("Not owed", CardData.Value(data, "indemnity", "Recovery indemnity"));
    }
}
