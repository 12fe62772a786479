namespace CreditBot.Digests;

/// <summary>Composes one kind of digest for a business date: every recipient's card, and what the run records.</summary>
public interface IDigestComposer
{
    DigestKind Kind { get; }

    /// <summary>
    /// Every recipient's message; with <paramref name="onlyFor"/> (an object id), that person's alone, whatever
    /// their role (a preview for an administrator, an on-demand digest).
    /// </summary>
    Task<ComposedDigest> ComposeAsync(DateOnly businessDate, string? onlyFor, CancellationToken cancellationToken);
}
