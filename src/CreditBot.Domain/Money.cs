namespace CreditBot.Domain;

/// <summary>An amount in a currency. Arithmetic between two currencies is refused.</summary>
public readonly record struct Money(decimal Amount, Currency Currency) : IComparable<Money>
{
    public static Money Eur(decimal amount) => new(amount, Currency.Eur);

    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Adds amounts that must all be in <paramref name="currency"/>; an empty list sums to zero.</summary>
    public static Money Sum(IEnumerable<Money> values, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(values);
        var total = Zero(currency);
        foreach (var value in values)
        {
            total += value;
        }

        return total;
    }

    public bool IsZero => Amount == 0m;

    public bool IsNegative => Amount < 0m;

    public bool IsPositive => Amount > 0m;

    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, Same(left, right));

    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, Same(left, right));

    public static Money operator -(Money value) => new(-value.Amount, value.Currency);

    public static Money operator *(Money left, decimal factor) => new(left.Amount * factor, left.Currency);

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    public int CompareTo(Money other)
    {
        _ = Same(this, other);
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>Rounds to the cent, half away from zero (the usual rule for invoices).</summary>
    public Money RoundToCent() => new(Math.Round(Amount, 2, MidpointRounding.AwayFromZero), Currency);

    public static Money Min(Money left, Money right) => left <= right ? left : right;

    public static Money Max(Money left, Money right) => left >= right ? left : right;

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    public Money Multiply(decimal factor) => this * factor;

    public Money Negate() => -this;

    public override string ToString() => $"{Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Currency.Code}";

    private static Currency Same(Money left, Money right) =>
        left.Currency == right.Currency
            ? left.Currency
            : throw new CurrencyMismatchException(left.Currency, right.Currency);
}
