using System.Globalization;
using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.Domain;

namespace CreditBot.Tests.Answers;

public class FiguresTests
{
    private static readonly CultureInfo French = TurnCulture.French;
    private static readonly CultureInfo English = TurnCulture.English;

    [Fact]
    public void French_money_groups_with_the_cultures_no_break_space_and_puts_the_euro_after()
    {
        var text = Figures.Money(Money.Eur(12_345.67m), French);

        Assert.Equal("12 345,67 €", Spaced(text));
        Assert.DoesNotContain(' ', text);
        Assert.StartsWith("12" + French.NumberFormat.CurrencyGroupSeparator + "345,67", text, StringComparison.Ordinal);
    }

    [Fact]
    public void English_money_puts_the_symbol_first()
    {
        Assert.Equal("€12,345.67", Figures.Money(Money.Eur(12_345.67m), English));
        Assert.Equal("-€1,200.00", Figures.Money(Money.Eur(-1_200m), English));
    }

    [Fact]
    public void Other_currencies_show_their_symbol_or_their_code()
    {
        Assert.Equal("$1,200.00", Figures.Money(new Money(1_200m, new Currency("USD")), English));
        Assert.Equal("CHF 1,200.00", Spaced(Figures.Money(new Money(1_200m, new Currency("CHF")), English)));
        Assert.Equal("1 200,00 CHF", Spaced(Figures.Money(new Money(1_200m, new Currency("CHF")), French)));
    }

    [Theory]
    [InlineData("fr-FR", 2026, 12, 4, "4 déc. 2026")]
    [InlineData("en-US", 2026, 12, 4, "4 Dec 2026")]
    [InlineData("en-GB", 2026, 12, 4, "4 Dec 2026")]
    [InlineData("fr-FR", 2026, 11, 23, "23 nov. 2026")]
    [InlineData("en-US", 2026, 11, 23, "23 Nov 2026")]
    [InlineData("fr-FR", 2026, 5, 1, "1 mai 2026")]
    [InlineData("en-US", 2026, 6, 30, "30 Jun 2026")]
    public void Dates_name_the_month_so_that_no_reader_takes_the_day_for_the_month(string culture, int year, int month, int day, string expected)
    {
        Assert.Equal(expected, Spaced(Figures.Date(new DateOnly(year, month, day), CultureInfo.GetCultureInfo(culture))));
    }

    [Fact]
    public void Days_agree_in_number_in_each_language()
    {
        Assert.Equal("1 day", Figures.Days(1, English));
        Assert.Equal("0 days", Figures.Days(0, English));
        Assert.Equal("12 days", Figures.Days(12, English));
        Assert.Equal("1 jour", Spaced(Figures.Days(1, French)));
        Assert.Equal("0 jour", Spaced(Figures.Days(0, French)));
        Assert.Equal("12 jours", Spaced(Figures.Days(12, French)));
    }

    [Fact]
    public void DSO_days_keep_one_decimal_only_when_there_is_one()
    {
        Assert.Equal("73.7 days", Figures.Days(73.714m, English));
        Assert.Equal("73,7 jours", Spaced(Figures.Days(73.714m, French)));
        Assert.Equal("129 days", Figures.Days(129.0m, English));
    }

    [Fact]
    public void Percentages_drop_a_zero_decimal()
    {
        Assert.Equal("10%", Figures.Percent(10m, English));
        Assert.Equal("12.5%", Figures.Percent(12.5m, English));
        Assert.Equal("12,5 %", Spaced(Figures.Percent(12.5m, French)));
        Assert.DoesNotContain(' ', Figures.Percent(12.5m, French));
    }

    /// <summary>Any space-like character as a plain space, to compare wording without typing special spaces.</summary>
    internal static string Spaced(string text) =>
        new(text.Select(c => char.IsWhiteSpace(c) || c is '\u202F' or '\u00A0' ? ' ' : c).ToArray());
}
