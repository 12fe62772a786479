using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CreditBot.BotFramework;

/// <summary>
/// Checks what data annotations cannot: the app id outside Development, local mode only in
/// Development on loopback URLs, sane intervals.
/// </summary>
internal sealed class BotFrameworkOptionsValidator(IHostEnvironment environment, IConfiguration configuration)
    : IValidateOptions<BotFrameworkOptions>
{
    private const string Prefix = BotFrameworkOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        if (options.DisableAuthentication)
        {
            if (!environment.IsDevelopment())
            {
                failures.Add($"{Prefix}{nameof(BotFrameworkOptions.DisableAuthentication)} is true outside the Development environment ('{environment.EnvironmentName}'): local mode is for the emulator on a developer machine only.");
                if (string.IsNullOrWhiteSpace(options.AppId))
                {
                    failures.Add($"{Prefix}{nameof(BotFrameworkOptions.AppId)} is required outside the Development environment.");
                }
            }

            var exposed = ConfiguredUrls(configuration).Where(url => !LoopbackAddresses.IsLoopbackUrl(url)).ToList();
            if (exposed.Count > 0)
            {
                failures.Add($"{Prefix}{nameof(BotFrameworkOptions.DisableAuthentication)} is true but the server is configured to listen on non-loopback addresses ({string.Join(", ", exposed)}).");
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(options.AppId))
            {
                failures.Add($"{Prefix}{nameof(BotFrameworkOptions.AppId)} is required: it is the audience of the tokens Teams sends (set {Prefix}{nameof(BotFrameworkOptions.DisableAuthentication)} only for the local emulator in Development).");
            }
            else if (!Guid.TryParse(options.AppId, out _))
            {
                failures.Add($"{Prefix}{nameof(BotFrameworkOptions.AppId)} must be the app registration's GUID.");
            }

            if (string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
            {
                if (string.IsNullOrWhiteSpace(options.ClientSecret))
                {
                    failures.Add($"{Prefix}{nameof(BotFrameworkOptions.ClientSecret)} or {Prefix}{nameof(BotFrameworkOptions.ManagedIdentityClientId)} is required to call the Bot Connector.");
                }

                if (string.IsNullOrWhiteSpace(options.TenantId))
                {
                    failures.Add($"{Prefix}{nameof(BotFrameworkOptions.TenantId)} is required: single-tenant bots get their tokens from their own tenant.");
                }
            }
        }

        if (options.MetadataRefreshInterval <= TimeSpan.Zero || options.MetadataRefreshInterval > TimeSpan.FromHours(24))
        {
            failures.Add($"{Prefix}{nameof(BotFrameworkOptions.MetadataRefreshInterval)} must be positive and at most 24 hours.");
        }

        if (options.MetadataTimeout <= TimeSpan.Zero || options.MetadataTimeout > TimeSpan.FromSeconds(5))
        {
            failures.Add($"{Prefix}{nameof(BotFrameworkOptions.MetadataTimeout)} must be positive and at most 5 seconds.");
        }

        if (options.MetadataMinimumRefreshInterval < TimeSpan.Zero)
        {
            failures.Add($"{Prefix}{nameof(BotFrameworkOptions.MetadataMinimumRefreshInterval)} must not be negative.");
        }

        if (options.TurnTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{Prefix}{nameof(BotFrameworkOptions.TurnTimeout)} must be positive.");
        }

        if (options.ReplyTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{Prefix}{nameof(BotFrameworkOptions.ReplyTimeout)} must be positive.");
        }

        if (options.ConnectorRetryDelay < TimeSpan.Zero || options.ConnectorMaxRetryDelay < options.ConnectorRetryDelay)
        {
            failures.Add($"{Prefix}{nameof(BotFrameworkOptions.ConnectorRetryDelay)} must not be negative nor exceed {Prefix}{nameof(BotFrameworkOptions.ConnectorMaxRetryDelay)}.");
        }

        if (options.ConnectorAttemptTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{Prefix}{nameof(BotFrameworkOptions.ConnectorAttemptTimeout)} must be positive.");
        }

        foreach (var url in new[] { options.BotFrameworkOpenIdMetadataUrl, options.EntraOpenIdMetadataUrl })
        {
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri)
                && uri.Scheme != Uri.UriSchemeHttps
                && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            {
                failures.Add($"OpenID metadata URL '{url}' must be HTTPS (plain HTTP is allowed on loopback only).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> ConfiguredUrls(IConfiguration configuration)
    {
        foreach (var key in new[] { "urls", "ASPNETCORE_URLS", "http_ports", "https_ports" })
        {
            var value = configuration[key];
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // Ports alone (http_ports) bind every interface.
                yield return key.EndsWith("ports", StringComparison.Ordinal) ? $"http://*:{part}" : part;
            }
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            var url = endpoint["Url"];
            if (!string.IsNullOrWhiteSpace(url))
            {
                yield return url;
            }
        }
    }
}
