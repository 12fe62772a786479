namespace CreditBot.Digests;

/// <summary>The digests CreditBot sends on a schedule.</summary>
public enum DigestKind
{
    /// <summary>The credit managers' overdue digest, every business day.</summary>
    Daily,

    /// <summary>The CFO's DSO summary, on Monday (or the week's first business day).</summary>
    Weekly,
}

public static class DigestKinds
{
    /// <summary>The kind as it appears in keys and on the command line: <c>daily</c>, <c>weekly</c>.</summary>
    public static string Key(this DigestKind kind) => kind switch
    {
        DigestKind.Daily => "daily",
        DigestKind.Weekly => "weekly",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown digest kind."),
    };

    /// <summary>The outbox idempotency key of one recipient's copy: <c>digest:daily:2026-12-07:&lt;object id&gt;</c>.</summary>
    public static string MessageKey(this DigestKind kind, DateOnly businessDate, string recipientObjectId) =>
        $"digest:{kind.Key()}:{businessDate:yyyy-MM-dd}:{recipientObjectId}";
}
