namespace CreditBot.Domain;

public readonly record struct Currency(string Code);
