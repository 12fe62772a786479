namespace CreditBot.Digests;

/// <summary>What asking for a run did.</summary>
public abstract record DigestRunOutcome
{
    private DigestRunOutcome()
    {
    }

    /// <summary>Claimed now: <paramref name="Messages"/> outbox messages enqueued with the claim.</summary>
    public sealed record Claimed(DigestRun Run, int Messages) : DigestRunOutcome;

    /// <summary>A run of that kind and date exists: nothing was enqueued.</summary>
    public sealed record AlreadyRun(DigestRun Run) : DigestRunOutcome;
}
