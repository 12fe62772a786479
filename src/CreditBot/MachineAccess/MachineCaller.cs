namespace CreditBot.MachineAccess;

/// <summary>
/// Who called a machine-to-machine endpoint, once <see cref="MachineAccessFilter"/> let them in: an API key of a
/// policy, or an Entra application or user (object id). Read it with <c>HttpContext.Features.Get&lt;MachineCaller&gt;()</c>.
/// </summary>
public sealed record MachineCaller(string Kind, string Id)
{
    public const string ApiKeyKind = "api-key";

    public const string EntraKind = "entra";

    /// <summary>For import runs and logs: <c>api-key:imports</c>, <c>entra:&lt;object id&gt;</c>.</summary>
    public override string ToString() => $"{Kind}:{Id}";
}

/// <summary>The result of checking a caller: the caller, or the reason for refusing (for the log only).</summary>
public sealed record MachineAccessCheck(MachineCaller? Caller, string? Refusal)
{
    public static MachineAccessCheck Allow(MachineCaller caller) => new(caller, null);

    public static MachineAccessCheck Refuse(string reason) => new(null, reason);
}
