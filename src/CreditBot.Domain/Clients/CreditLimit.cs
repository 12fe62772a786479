namespace CreditBot.Domain.Clients;

/// <summary>
/// The credit line granted to a client. An amount of zero means no credit at all (not "unlimited");
/// a client without a line has no <see cref="CreditLimit"/>.
/// </summary>
public sealed record CreditLimit(Money Amount, DateOnly? ReviewDate = null, DateOnly? ValidFrom = null);
