using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CreditBot.BotFramework;

/// <summary>Where a token's signing keys come from, chosen by its (unverified) issuer.</summary>
internal enum TokenSource
{
    BotFramework,
    Entra,
}

/// <summary>
/// The signing keys of the two token sources, through Microsoft.IdentityModel's
/// <see cref="ConfigurationManager{T}"/>: refreshed automatically, and once on demand when a token
/// names a key id the cached set does not have.
/// </summary>
internal sealed class OpenIdMetadata : IDisposable
{
    // ConfigurationManager refreshes on a background thread; a forced refresh is awaited this long.
    private static readonly TimeSpan ForcedRefreshWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ForcedRefreshPoll = TimeSpan.FromMilliseconds(20);

    private readonly HttpClient httpClient;
    private readonly Source botFramework;
    private readonly Source entra;
    private readonly TimeSpan minimumRefreshInterval;
    // Key refresh follows the wall clock, like token lifetimes: an app's fake clock must not stall it.
    private static readonly TimeProvider Clock = TimeProvider.System;
    private readonly ILogger logger;

    public OpenIdMetadata(IOptions<BotFrameworkOptions> options, ILogger<OpenIdMetadata> logger)
    {
        var settings = options.Value;

        this.logger = logger;
        minimumRefreshInterval = settings.MetadataMinimumRefreshInterval;
        httpClient = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
        })
        {
            Timeout = TimeSpan.FromSeconds(15),
        };
        botFramework = new Source(CreateManager(settings.BotFrameworkOpenIdMetadataUrl, settings));
        entra = new Source(CreateManager(settings.EntraOpenIdMetadataUrl, settings));
    }

    /// <summary>
    /// Finds the signing key with the given id, forcing one refresh of the key set when the id is
    /// unknown (new keys appear at any time). Returns null when the key is still unknown.
    /// </summary>
    public async Task<SigningKey?> FindKeyAsync(TokenSource tokenSource, string keyId, CancellationToken cancellationToken)
    {
        var source = tokenSource == TokenSource.BotFramework ? botFramework : entra;
        var configuration = await source.Manager.GetConfigurationAsync(cancellationToken);
        var key = Find(configuration, keyId);
        if (key is not null)
        {
            return key;
        }

        var now = Clock.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref source.LastForcedRefreshTicks);
        if ((last != 0 && now - last < minimumRefreshInterval.Ticks)
            || Interlocked.CompareExchange(ref source.LastForcedRefreshTicks, now, last) != last)
        {
            logger.SigningKeyUnknown(tokenSource.ToString(), keyId, refreshed: false);
            return null;
        }

        source.Manager.RequestRefresh();
        var deadline = Clock.GetUtcNow() + ForcedRefreshWait;
        var refreshed = configuration;
        while (ReferenceEquals(refreshed, configuration) && Clock.GetUtcNow() < deadline)
        {
            await Task.Delay(ForcedRefreshPoll, Clock, cancellationToken);
            refreshed = await source.Manager.GetConfigurationAsync(cancellationToken);
        }

        key = Find(refreshed, keyId);
        if (key is null)
        {
            logger.SigningKeyUnknown(tokenSource.ToString(), keyId, refreshed: true);
        }

        return key;
    }

    public void Dispose()
    {
        httpClient.Dispose();
    }

    private static SigningKey? Find(OpenIdConnectConfiguration configuration, string keyId)
    {
        var securityKey = configuration.SigningKeys.FirstOrDefault(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
        if (securityKey is null)
        {
            return null;
        }

        var jsonWebKey = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        return new SigningKey(securityKey, ReadStrings(jsonWebKey, "endorsements"), ReadString(jsonWebKey, "issuer"));
    }

    private static IReadOnlyList<string> ReadStrings(JsonWebKey? key, string member)
    {
        if (key is null || !key.AdditionalData.TryGetValue(member, out var value) || value is null)
        {
            return [];
        }

        return value switch
        {
            string single => [single],
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Array } array =>
                [.. array.EnumerateArray().Where(e => e.ValueKind == System.Text.Json.JsonValueKind.String).Select(e => e.GetString()!)],
            System.Collections.IEnumerable items => [.. items.OfType<object>().Select(i => i.ToString()).OfType<string>()],
            _ => [],
        };
    }

    private static string? ReadString(JsonWebKey? key, string member) =>
        key is not null && key.AdditionalData.TryGetValue(member, out var value) && value is string text ? text : null;

    private ConfigurationManager<OpenIdConnectConfiguration> CreateManager(string url, BotFrameworkOptions settings)
    {
        var uri = new Uri(url);
        var retriever = new HttpDocumentRetriever(httpClient)
        {
            // Plain HTTP only for a loopback test double (the options validator enforces it).
            RequireHttps = !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback),
        };
        return new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = settings.MetadataRefreshInterval < BaseConfigurationManager.MinimumAutomaticRefreshInterval
                ? BaseConfigurationManager.MinimumAutomaticRefreshInterval
                : settings.MetadataRefreshInterval,
            RefreshInterval = settings.MetadataMinimumRefreshInterval < BaseConfigurationManager.MinimumRefreshInterval
                ? BaseConfigurationManager.MinimumRefreshInterval
                : settings.MetadataMinimumRefreshInterval,
        };
    }

    private sealed class Source(ConfigurationManager<OpenIdConnectConfiguration> manager)
    {
        public ConfigurationManager<OpenIdConnectConfiguration> Manager { get; } = manager;

        // A field, because Interlocked works on fields.
        public long LastForcedRefreshTicks;
    }
}

/// <summary>A signing key with what the key document says about it.</summary>
/// <param name="Key">The key to verify signatures with.</param>
/// <param name="Endorsements">Channels the key endorses (Bot Framework keys).</param>
/// <param name="Issuer">Issuer the key is bound to (Entra keys), possibly with a <c>{tenantid}</c> placeholder.</param>
internal sealed record SigningKey(SecurityKey Key, IReadOnlyList<string> Endorsements, string? Issuer);
