namespace CreditBot.Domain.Dso;

public enum DsoStatus
{
    Computed,

    /// <summary>Count-back met a month with zero or negative sales (or a missing month) and stopped there.</summary>
    StoppedAtNonPositiveSales,

    /// <summary>The receivables are larger than all the sales given: the DSO is at least the days walked.</summary>
    SalesHistoryExhausted,

    /// <summary>A ratio method with zero or negative sales in the period.</summary>
    NoSales,
}
