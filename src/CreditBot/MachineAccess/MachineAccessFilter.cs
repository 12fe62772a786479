using System.Security.Cryptography;
using System.Text;

namespace CreditBot.MachineAccess;

/// <summary>
/// The one authentication of administrators and ERPs on machine-to-machine endpoints (imports, and the next ones):
/// a bearer token is checked as an Entra token with the policy's role, otherwise the API key header is hashed and
/// compared in constant time. Refused: 401 and the handler never runs; let in: the <see cref="MachineCaller"/> is
/// set as a request feature.
/// </summary>
public sealed class MachineAccessFilter(Func<IServiceProvider, MachineAccessPolicy> policyOf) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var policy = policyOf(http.RequestServices);
        var entra = http.RequestServices.GetRequiredService<EntraAdminTokens>();
        var check = http.Request.Headers.Authorization.ToString() is { } authorization && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? await entra.CheckAsync(authorization["Bearer ".Length..].Trim(), policy.EntraRole, http.RequestAborted)
            : CheckApiKey(http.Request, policy, entra.Enabled);
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<MachineAccessFilter>();
        if (check.Caller is not { } caller)
        {
            logger.MachineCallerRefused(policy.Name, check.Refusal ?? "refused");
            return Results.Unauthorized();
        }

        http.Features.Set(caller);
        logger.MachineCallerAllowed(policy.Name, caller.Kind);
        return await next(context);
    }

    private static MachineAccessCheck CheckApiKey(HttpRequest request, MachineAccessPolicy policy, bool entraEnabled)
    {
        if (string.IsNullOrEmpty(policy.ApiKeySha256))
        {
            return MachineAccessCheck.Refuse(entraEnabled
                ? "no bearer token, and no API key hash configured"
                : "no API key hash nor Entra tenant configured, the endpoint is closed");
        }

        if (request.Headers[policy.ApiKeyHeader] is not { Count: 1 } key || key.ToString().Length == 0)
        {
            return MachineAccessCheck.Refuse($"missing {policy.ApiKeyHeader} header");
        }

        var expected = Convert.FromHexString(policy.ApiKeySha256);
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString()));
        return CryptographicOperations.FixedTimeEquals(actual, expected)
            ? MachineAccessCheck.Allow(new MachineCaller(MachineCaller.ApiKeyKind, policy.Name))
            : MachineAccessCheck.Refuse("wrong API key");
    }
}

public static class MachineAccessEndpoints
{
    /// <summary>Lets in only administrators and ERPs as <paramref name="policyOf"/> says (see <see cref="MachineAccessFilter"/>).</summary>
    public static RouteHandlerBuilder RequireMachineCaller(this RouteHandlerBuilder builder, Func<IServiceProvider, MachineAccessPolicy> policyOf)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter(new MachineAccessFilter(policyOf));
    }
}
