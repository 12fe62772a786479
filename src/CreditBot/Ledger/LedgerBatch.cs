namespace CreditBot.Ledger;

/// <summary>Everything a source read from its inputs, and every problem it found.</summary>
public sealed class LedgerBatch
{
    public List<LedgerClient> Clients { get; } = [];

    public List<LedgerOpenItem> OpenItems { get; } = [];

    public List<LedgerPayment> Payments { get; } = [];

    public List<LedgerOrder> Orders { get; } = [];

    public List<MonthlySales> MonthlySales { get; } = [];

    public List<ImportProblem> Problems { get; } = [];

    /// <summary>Short facts for the report, e.g. how the open items were derived.</summary>
    public List<string> Notes { get; } = [];

    public long LinesRead { get; set; }

    /// <summary>Stops collecting problems after this many (the report stays readable).</summary>
    public const int MaxProblems = 200;

    public bool AddProblem(ImportProblem problem)
    {
        if (Problems.Count < MaxProblems)
        {
            Problems.Add(problem);
        }

        return Problems.Count < MaxProblems;
    }
}
