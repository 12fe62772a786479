using CreditBot.Domain.Clients;
using CreditBot.Questions;

namespace CreditBot.Tests.Questions;

public class FiguresTests
{
    [Theory]
    [InlineData("50 k€", "50000")]
    [InlineData("50k", "50000")]
    [InlineData("50K€", "50000")]
    [InlineData("50 keur", "50000")]
    [InlineData("50 000 €", "50000")]
    [InlineData("50\u00a0000 €", "50000")]
    [InlineData("12\u202f345,67 €", "12345.67")]
    [InlineData("1,5 M€", "1500000")]
    [InlineData("1.5M", "1500000")]
    [InlineData("2 millions", "2000000")]
    [InlineData("€50,000", "50000")]
    [InlineData("$50,000.25", "50000.25")]
    [InlineData("12 345,67", "12345.67")]
    [InlineData("12,345.67", "12345.67")]
    [InlineData("12.345,67", "12345.67")]
    [InlineData("1.500", "1500")]
    [InlineData("1 234 567", "1234567")]
    [InlineData("1,5", "1.5")]
    [InlineData("12.50", "12.5")]
    [InlineData("EUR 3k", "3000")]
    [InlineData("3 mille euros", "3000")]
    public void Amounts_are_read_in_both_cultures(string text, string expected)
    {
        var folded = FoldedText.Fold(text);

        var amount = Figures.FindAmount(folded);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount?.Amount);
    }

    [Theory]
    [InlineData("C00042")]
    [InlineData("F-2024-0042x")]
    [InlineData("0")]
    [InlineData("99999999999999999999 €")]
    [InlineData("no amount here")]
    public void Words_that_merely_contain_digits_and_absurd_figures_are_not_amounts(string text)
    {
        var folded = FoldedText.Fold(text);

        var amount = Figures.FindAmount(folded);

        Assert.Null(amount);
    }

    [Theory]
    [InlineData("10 %", "0.10")]
    [InlineData("10%", "0.10")]
    [InlineData("12,5 %", "0.125")]
    [InlineData("7.5%", "0.075")]
    [InlineData("10 pour cent", "0.10")]
    [InlineData("10 percent", "0.10")]
    [InlineData("marge de 0,1", "0.1")]
    [InlineData("une marge de 15", "0.15")]
    [InlineData("margin of 10", "0.10")]
    [InlineData("margin 0.08", "0.08")]
    [InlineData("0,2 de marge", "0.2")]
    public void Margin_rates_are_fractions_from_percentages_or_bare_numbers_beside_margin(string text, string expected)
    {
        var folded = FoldedText.Fold(text);

        var rate = Figures.FindMarginRate(folded);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rate?.Rate);
    }

    [Theory]
    [InlineData("à 60 jours", 60, PaymentTermsBasis.Net)]
    [InlineData("60j", 60, PaymentTermsBasis.Net)]
    [InlineData("30 days net", 30, PaymentTermsBasis.Net)]
    [InlineData("net 30", 30, PaymentTermsBasis.Net)]
    [InlineData("45 jours fin de mois", 45, PaymentTermsBasis.DaysThenEndOfMonth)]
    [InlineData("45 j fdm", 45, PaymentTermsBasis.DaysThenEndOfMonth)]
    [InlineData("45 days end of month", 45, PaymentTermsBasis.DaysThenEndOfMonth)]
    [InlineData("45 days EOM", 45, PaymentTermsBasis.DaysThenEndOfMonth)]
    [InlineData("fin de mois + 10", 10, PaymentTermsBasis.EndOfMonthThenDays)]
    [InlineData("end of month plus 15 days", 15, PaymentTermsBasis.EndOfMonthThenDays)]
    [InlineData("fin de mois", 0, PaymentTermsBasis.EndOfMonthThenDays)]
    [InlineData("à réception", 0, PaymentTermsBasis.Net)]
    [InlineData("à réception de facture", 0, PaymentTermsBasis.Net)]
    [InlineData("comptant", 0, PaymentTermsBasis.Net)]
    [InlineData("upon receipt", 0, PaymentTermsBasis.Net)]
    [InlineData("prépaiement", 0, PaymentTermsBasis.Prepayment)]
    [InlineData("paiement à la commande", 0, PaymentTermsBasis.Prepayment)]
    [InlineData("payment in advance", 0, PaymentTermsBasis.Prepayment)]
    public void Payment_terms_are_read_in_both_languages(string text, int days, PaymentTermsBasis basis)
    {
        var folded = FoldedText.Fold(text);

        var terms = Figures.FindTerms(folded);

        Assert.Equal(new PaymentTerms(days, basis), terms?.Terms);
    }
}
