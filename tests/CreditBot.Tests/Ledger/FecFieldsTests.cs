using CreditBot.Ledger.Fec;

namespace CreditBot.Tests.Ledger;

public class FecFieldsTests
{
    [Theory]
    [InlineData("-12,50", -12.50)]
    [InlineData("12,50-", -12.50)]
    [InlineData("+12,50", 12.50)]
    [InlineData("0000000069,60", 69.60)]
    [InlineData(" 000000000001437,12", 1437.12)]
    [InlineData("-000000000001437,12", -1437.12)]
    [InlineData("1437.12", 1437.12)]
    [InlineData("7760,45  ", 7760.45)]
    [InlineData("   ", 0)]
    [InlineData("", 0)]
    [InlineData("42", 42)]
    public void Amounts_accept_every_legal_FEC_spelling(string text, double expected)
    {
        var parsed = FecFields.TryParseAmount(text, out var value);

        Assert.True(parsed);
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("1 437,12")]
    [InlineData("1.437,12")]
    [InlineData("12,5O")]
    [InlineData("-")]
    [InlineData("--5")]
    public void Amounts_with_thousands_separators_or_letters_are_refused(string text)
    {
        var parsed = FecFields.TryParseAmount(text, out _);

        Assert.False(parsed);
    }

    [Theory]
    [InlineData("20240229", true)]
    [InlineData(" 20240105 ", true)]
    [InlineData("20230229", false)]
    [InlineData("2024-01-05", false)]
    [InlineData("05/01/2024", false)]
    [InlineData("2024010", false)]
    public void Dates_are_AAAAMMJJ_only(string text, bool valid)
    {
        var parsed = FecFields.TryParseDate(text, out _);

        Assert.Equal(valid, parsed);
    }
}
