using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CreditBot.Storage;

/// <summary>
/// Health endpoints (Kubernetes and App Service conventions) and the local backup endpoint the
/// <c>creditbot backup</c> verb calls while the bot holds the store.
/// </summary>
public static class StoreAdminEndpoints
{
    public const string ReadyTag = "ready";
    public const string BackupPath = "/api/admin/backup";
    public const string BackupTokenHeader = "X-CreditBot-Backup-Token";

    public static IServiceCollection AddStoreHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreReadinessCheck>("store", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapStoreAdmin(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Live: the process answers (no check runs). Ready: every check tagged "ready" passes.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJsonAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteJsonAsync });
        app.MapGet(BackupPath, Backup);
        app.Lifetime.ApplicationStarted.Register(() => Announce(app));
        return app;
    }

    /// <summary>
    /// A consistent copy of the store as the response body, for a caller on this machine that read the token from
    /// the store's holder file (so it could read the store itself): loopback only, token compared in constant time.
    /// </summary>
    private static IResult Backup(HttpContext context, CreditDatabase database, ILogger<CreditDatabase> logger)
    {
        var remote = context.Connection.RemoteIpAddress;
        if (remote is null || !IPAddress.IsLoopback(remote))
        {
            logger.BackupRefused(remote?.ToString(), "not loopback");
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "Backups are served to this machine only.");
        }

        var expected = Encoding.ASCII.GetBytes(database.Lock.Holder.BackupToken ?? string.Empty);
        var given = Encoding.ASCII.GetBytes(context.Request.Headers[BackupTokenHeader].ToString());
        if (expected.Length == 0 || !CryptographicOperations.FixedTimeEquals(expected, given))
        {
            logger.BackupRefused(remote.ToString(), "wrong token");
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: $"The {BackupTokenHeader} header must hold the token of the store's holder file.");
        }

        var copy = database.FullPath + $".backup-{Guid.NewGuid():N}.tmp";
        try
        {
            var bytes = database.BackupTo(copy);
            logger.BackupServed(bytes);
            var stream = new FileStream(copy, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.DeleteOnClose);
            return Results.File(stream, "application/octet-stream", Path.GetFileName(database.FullPath));
        }
        catch
        {
            File.Delete(copy);
            throw;
        }
    }

    /// <summary>Writes where backups are asked for into the holder file, once the server listens.</summary>
    private static void Announce(WebApplication app)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.Select(a => Uri.TryCreate(a.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>()
            .OrderBy(u => u.Scheme == Uri.UriSchemeHttp ? 0 : 1)
            .FirstOrDefault();
        if (chosen is null)
        {
            return;
        }

        // An address bound to every interface is reached on the loopback one.
        var host = IPAddress.TryParse(chosen.Host, out var ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)) ? "127.0.0.1" : chosen.Host;
        var url = new UriBuilder(chosen.Scheme, host, chosen.Port, BackupPath).Uri.ToString();
        app.Services.GetRequiredService<CreditDatabase>().Lock.Announce(url);
    }

    private static Task WriteJsonAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            durationMs = (long)report.TotalDuration.TotalMilliseconds,
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        });
}
