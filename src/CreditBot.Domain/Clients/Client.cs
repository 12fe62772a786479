namespace CreditBot.Domain.Clients;

/// <summary>A customer account.</summary>
public sealed record Client
{
    public required ClientCode Code { get; init; }

    public required string Name { get; init; }

    public string? Siren { get; init; }

    public string? Siret { get; init; }

    public string? VatNumber { get; init; }

    /// <summary>ISO 3166 alpha-2 country code.</summary>
    public string? Country { get; init; }

    public string? BusinessUnit { get; init; }

    /// <summary>Owning salesperson: an Entra object id or a UPN.</summary>
    public string? Salesperson { get; init; }

    public PaymentTerms? Terms { get; init; }

    /// <summary>The credit line; null when the client has none.</summary>
    public CreditLimit? Limit { get; init; }

    /// <summary>Amount covered by the credit insurer, if any.</summary>
    public Money? InsurerCover { get; init; }

    /// <summary>Risk class or score as the company writes it (e.g. "A".."E", or a score).</summary>
    public string? RiskClass { get; init; }

    public bool ManualBlock { get; init; }

    public Currency Currency { get; init; } = Currency.Eur;
}
