using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CreditBot.BotFramework;

/// <summary>
/// Lets local mode (no authentication) run only while the server listens on loopback addresses:
/// checks the bound addresses once the server has started and stops the start otherwise. Until
/// the check passed, the endpoint answers 503 in local mode.
/// </summary>
internal sealed class LocalModeGuard(
    IOptions<BotFrameworkOptions> options, IServer server, ILogger<LocalModeGuard> logger) : IHostedLifecycleService
{
    private volatile bool verified;

    /// <summary>True once the bound addresses were checked (always true with authentication on).</summary>
    public bool IsVerified => verified || !options.Value.DisableAuthentication;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.DisableAuthentication)
        {
            return Task.CompletedTask;
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        var exposed = addresses.Where(address => !LoopbackAddresses.IsLoopbackUrl(address)).ToList();
        if (addresses.Count == 0 || exposed.Count > 0)
        {
            throw new InvalidOperationException(
                $"{BotFrameworkOptions.SectionName}:{nameof(BotFrameworkOptions.DisableAuthentication)} is true but the server listens on "
                + (addresses.Count == 0 ? "no known address" : $"non-loopback addresses ({string.Join(", ", exposed)})")
                + ": local mode is allowed on loopback addresses only.");
        }

        logger.LocalModeOn();
        verified = true;
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
