using CreditBot.Domain.Tests.Support;
using CsCheck;

namespace CreditBot.Domain.Tests;

public class MoneyTests
{
    private static readonly Gen<Currency> Currencies =
        Gen.Int[0, 4].Select(i => new Currency(new[] { "EUR", "USD", "GBP", "CHF", "JPY" }[i]));

    [Fact]
    public void Refuses_to_combine_two_currencies()
    {
        Gen.Select(Gen.Decimal, Gen.Decimal, Currencies, Currencies)
            .Where((_, _, left, right) => left != right)
            .Sample((a, b, left, right) =>
            {
                var x = new Money(a, left);
                var y = new Money(b, right);

                Assert.Throws<CurrencyMismatchException>(() => x + y);
                Assert.Throws<CurrencyMismatchException>(() => x - y);
                Assert.Throws<CurrencyMismatchException>(() => x < y);
                Assert.Throws<CurrencyMismatchException>(() => Money.Sum([x, y], left));
            });
    }

    [Fact]
    public void Adds_amounts_of_the_same_currency()
    {
        var sum = A.Eur(10.10m) + A.Eur(0.05m);

        Assert.Equal(A.Eur(10.15m), sum);
    }

    [Fact]
    public void Rounds_to_the_cent_half_away_from_zero()
    {
        Assert.Equal(A.Eur(0.13m), A.Eur(0.125m).RoundToCent());
        Assert.Equal(A.Eur(-0.13m), A.Eur(-0.125m).RoundToCent());
    }

    [Fact]
    public void Sums_nothing_to_zero_in_the_given_currency()
    {
        Assert.Equal(Money.Zero(Currency.Eur), Money.Sum([], Currency.Eur));
    }

    [Fact]
    public void Normalises_currency_codes_and_refuses_bad_ones()
    {
        Assert.Equal(Currency.Eur, new Currency("eur"));
        Assert.Throws<ArgumentException>(() => new Currency("EURO"));
    }
}
