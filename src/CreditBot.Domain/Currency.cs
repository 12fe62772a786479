namespace CreditBot.Domain;

/// <summary>An ISO 4217 currency code, upper case.</summary>
public readonly record struct Currency
{
    public Currency(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        if (code.Length != 3 || !code.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"'{code}' is not an ISO 4217 currency code.", nameof(code));
        }

        Code = code.ToUpperInvariant();
    }

    public string Code { get; }

    public static Currency Eur { get; } = new("EUR");

    public override string ToString() => Code;
}
