using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.Domain;
using CreditBot.Domain.Orders;

namespace CreditBot.Tests.Answers;

public class BlockReasonTextTests
{
    [Fact]
    public void Each_reason_reads_with_its_figures()
    {
        var english = TurnCulture.English;

        Assert.Equal(
            "€3,000.00 more than 15 days past due on 2 items (oldest 40 days), above the €1,000.00 tolerated.",
            BlockReasonText.Describe(new BlockReason.OverdueBeyondTolerance(Money.Eur(3_000m), 2, 40, 15, Money.Eur(1_000m)), english));
        Assert.Equal(
            "€3,000.00 overdue on 1 item (oldest 1 day past due).",
            BlockReasonText.Describe(new BlockReason.OverdueBeyondTolerance(Money.Eur(3_000m), 1, 1, 0, Money.Eur(0m)), english));
        Assert.Equal("The credit line only starts on 1 Dec 2026.", FiguresTests.Spaced(BlockReasonText.Describe(new BlockReason.LimitNotYetValid(new DateOnly(2026, 12, 1)), english)));
        Assert.Equal(
            "The limit was due for review on 30 Sep 2026, 54 days ago.",
            FiguresTests.Spaced(BlockReasonText.Describe(new BlockReason.ReviewDatePassed(new DateOnly(2026, 9, 30), 54), english)));
        Assert.Equal("Manually blocked by credit management.", BlockReasonText.Describe(new BlockReason.ManualBlock(), english));
    }

    [Fact]
    public void French_reasons_use_French_figures()
    {
        var french = TurnCulture.French;
        var reason = new BlockReason.LimitExceeded(Money.Eur(12_000m), Money.Eur(45_000m), Money.Eur(50_000m), Money.Eur(7_000m));

        var text = BlockReasonText.Describe(reason, french);

        Assert.Equal(
            $"Encours {Figures.Money(Money.Eur(12_000m), french)} + cette commande {Figures.Money(Money.Eur(45_000m), french)} = {Figures.Money(Money.Eur(57_000m), french)}, au-delà de la limite de {Figures.Money(Money.Eur(50_000m), french)} de {Figures.Money(Money.Eur(7_000m), french)}.",
            text);
        Assert.Equal("limite dépassée", BlockReasonText.Name(reason, french));
    }
}
