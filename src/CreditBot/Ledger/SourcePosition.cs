namespace CreditBot.Ledger;

/// <summary>Where a record comes from: file name and 1-based line number.</summary>
public readonly record struct SourcePosition(string File, long Line)
{
    public override string ToString() => $"{File}:{Line}";
}
