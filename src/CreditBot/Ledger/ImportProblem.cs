namespace CreditBot.Ledger;

/// <summary>A blocking error in an input: file, line (0 when it is about the whole file), field and reason.</summary>
public sealed record ImportProblem(string File, long Line, string Field, string Reason)
{
    public static ImportProblem At(SourcePosition position, string field, string reason) => new(position.File, position.Line, field, reason);

    public override string ToString() => Line > 0 ? $"{File}:{Line} [{Field}] {Reason}" : $"{File} [{Field}] {Reason}";
}
