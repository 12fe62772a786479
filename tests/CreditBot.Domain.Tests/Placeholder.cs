namespace CreditBot.Domain.Tests;

public class Placeholder
{
    [Fact]
    public void Builds() => Assert.Equal("EUR", Currency.Eur.Code);
}
