using System.Globalization;
using CreditBot.MachineAccess;
using Microsoft.Extensions.Options;

namespace CreditBot.OrderBlocks;

/// <summary>
/// For ERPs, through the shared machine-to-machine authentication (<see cref="MachineAccessFilter"/>: the
/// <c>OrderBlocks:ErpApiKeyHeader</c> key whose SHA-256 is <c>OrderBlocks:ErpApiKeySha256</c>, or an Entra token with
/// <c>OrderBlocks:ErpRole</c>): <c>POST /api/orders/check</c> answers at once <c>released</c> or <c>blocked</c> with the
/// reasons and figures (idempotent on the ERP's order id); <c>GET /api/orders/decisions?since=…</c> lists the orders
/// whose state changed since, with the decisions.
/// </summary>
public static class OrderCheckEndpoint
{
    public static IEndpointRouteBuilder MapOrderChecks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/orders/check", Check).RequireMachineCaller(ErpPolicy);
        app.MapGet("/api/orders/decisions", Decisions).RequireMachineCaller(ErpPolicy);
        return app;
    }

    public static MachineAccessPolicy ErpPolicy(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<OrderBlockOptions>>().Value;
        return new MachineAccessPolicy("orders", settings.ErpApiKeyHeader, settings.ErpApiKeySha256, settings.ErpRole);
    }

    private static async Task<IResult> Check(OrderCheckRequest request, OrderChecks checks) => await checks.CheckAsync(request) switch
    {
        OrderChecks.Outcome.Answered answered => Results.Ok(answered.Answer),
        OrderChecks.Outcome.UnknownClient unknown => Results.Problem(statusCode: 404, title: "Unknown client", detail: $"No client {unknown.Client} in the last import."),
        OrderChecks.Outcome.Invalid invalid => Results.Problem(statusCode: 400, title: "Invalid order", detail: invalid.Problem),
        _ => Results.Problem(statusCode: 500),
    };

    private static IResult Decisions(string? since, int? max, OrderChecks checks)
    {
        var from = DateTimeOffset.MinValue;
        if (since is { Length: > 0 } && !DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out from))
        {
            return Results.Problem(statusCode: 400, detail: "since must be an ISO 8601 date and time, such as 2026-11-23T09:00:00Z.");
        }

        return Results.Ok(checks.ChangedSince(from, Math.Clamp(max ?? 500, 1, 5000)));
    }
}
