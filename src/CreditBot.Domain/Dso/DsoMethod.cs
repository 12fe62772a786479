namespace CreditBot.Domain.Dso;

public enum DsoMethod
{
    /// <summary>Count-back (méthode par épuisement du chiffre d'affaires): the headline DSO.</summary>
    CountBack,

    /// <summary>Receivables at the end of the period ÷ sales of the period × days in the period.</summary>
    SimpleRatio,

    /// <summary>(Opening + closing receivables) ÷ 2 ÷ sales of the period × days in the period.</summary>
    AverageReceivables,
}
