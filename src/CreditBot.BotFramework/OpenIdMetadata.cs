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
/// The signing keys of the two token sources, read from their OpenID metadata and key set. Each read
/// is bounded by <see cref="BotFrameworkOptions.MetadataTimeout"/>; one read at a time per source,
/// shared by every request waiting for it; a failed read is remembered (back-off) so requests fail
/// fast instead of queueing; keys already cached keep validating while a refresh runs or stalls.
/// Refreshed in the background every <see cref="BotFrameworkOptions.MetadataRefreshInterval"/>, and
/// once on demand when a token names a key id the cached set does not have.
/// </summary>
internal sealed class OpenIdMetadata : IDisposable
{
    // After a failed read, no new one for this long (doubling on each failure): an endpoint that is
    // down is not hammered, and requests get their 503 at once.
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaximumBackoff = TimeSpan.FromMinutes(1);

    // Key refresh follows the wall clock, like token lifetimes: an app's fake clock must not stall it.
    private static readonly TimeProvider Clock = TimeProvider.System;

    private readonly HttpClient httpClient;
    private readonly Source botFramework;
    private readonly Source entra;
    private readonly TimeSpan minimumRefreshInterval;
    private readonly ILogger logger;

    public OpenIdMetadata(IOptions<BotFrameworkOptions> options, ILogger<OpenIdMetadata> logger)
    {
        var settings = options.Value;

        this.logger = logger;
        minimumRefreshInterval = settings.MetadataMinimumRefreshInterval;
        httpClient = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = settings.MetadataTimeout,
            AutomaticDecompression = DecompressionMethods.All,
        })
        {
            Timeout = settings.MetadataTimeout,
        };
        botFramework = new Source(this, TokenSource.BotFramework, settings.BotFrameworkOpenIdMetadataUrl, settings);
        entra = new Source(this, TokenSource.Entra, settings.EntraOpenIdMetadataUrl, settings);
    }

    /// <summary>
    /// Finds the signing key with the given id, forcing one refresh of the key set when the id is
    /// unknown (new keys appear at any time). Returns null when the key is still unknown; throws
    /// <see cref="SigningKeysUnavailableException"/> when the keys cannot be read.
    /// </summary>
    public async Task<SigningKey?> FindKeyAsync(TokenSource tokenSource, string keyId, CancellationToken cancellationToken)
    {
        var source = tokenSource == TokenSource.BotFramework ? botFramework : entra;
        var configuration = await source.GetAsync(cancellationToken);
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
            logger.SigningKeyUnknown(tokenSource.ToString(), LogValue.Of(keyId), refreshed: false);
            return null;
        }

        // The key may be new: without a fresh key set nobody can tell, so a failed refresh is a 503, not a 401.
        var refreshed = await source.RefreshAsync(cancellationToken)
            ?? throw new SigningKeysUnavailableException(tokenSource);
        key = Find(refreshed, keyId);
        if (key is null)
        {
            logger.SigningKeyUnknown(tokenSource.ToString(), LogValue.Of(keyId), refreshed: true);
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

    private HttpDocumentRetriever Retriever(string url)
    {
        var uri = new Uri(url);
        return new HttpDocumentRetriever(httpClient)
        {
            // Plain HTTP only for a loopback test double (the options validator enforces it).
            RequireHttps = !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback),
        };
    }

    /// <summary>The cached configuration of one token source and the one read in flight.</summary>
    private sealed class Source(OpenIdMetadata owner, TokenSource name, string url, BotFrameworkOptions settings)
    {
        private readonly object gate = new();
        private readonly HttpDocumentRetriever retriever = owner.Retriever(url);
        private OpenIdConnectConfiguration? current;
        private long currentTicks;
        private Task<OpenIdConnectConfiguration?>? inFlight;
        private long retryAfterTicks;
        private int failures;

        // A field, because Interlocked works on fields.
        public long LastForcedRefreshTicks;

        /// <summary>
        /// The cached configuration (starting a background refresh when it is due), or, before the
        /// first one, the result of the shared read; throws when there is none to be had.
        /// </summary>
        public async Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken)
        {
            OpenIdConnectConfiguration? cached;
            long cachedTicks;
            lock (gate)
            {
                cached = current;
                cachedTicks = currentTicks;
            }

            if (cached is not null)
            {
                if (Clock.GetUtcNow().UtcTicks - cachedTicks >= settings.MetadataRefreshInterval.Ticks)
                {
                    // Observed by FetchAsync, which logs its own failure.
                    _ = RefreshAsync(CancellationToken.None);
                }

                return cached;
            }

            return await RefreshAsync(cancellationToken) ?? throw new SigningKeysUnavailableException(name);
        }

        /// <summary>
        /// Joins the read in flight or starts one; null when it failed, or when the last one failed
        /// less than the back-off ago (then nothing is read). Only the wait is cancelled by the caller.
        /// </summary>
        public Task<OpenIdConnectConfiguration?> RefreshAsync(CancellationToken cancellationToken)
        {
            Task<OpenIdConnectConfiguration?> read;
            lock (gate)
            {
                if (inFlight is null)
                {
                    if (Clock.GetUtcNow().UtcTicks < retryAfterTicks)
                    {
                        return Task.FromResult<OpenIdConnectConfiguration?>(null);
                    }

                    inFlight = FetchAsync();
                }

                read = inFlight;
            }

            return read.WaitAsync(cancellationToken);
        }

        private async Task<OpenIdConnectConfiguration?> FetchAsync()
        {
            // Leave the caller's lock before any I/O, and before this method's own lock below.
            await Task.Yield();
            using var timeout = new CancellationTokenSource(settings.MetadataTimeout);
            try
            {
                var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(url, retriever, timeout.Token);
                lock (gate)
                {
                    current = configuration;
                    currentTicks = Clock.GetUtcNow().UtcTicks;
                    failures = 0;
                    retryAfterTicks = 0;
                    inFlight = null;
                }

                return configuration;
            }
#pragma warning disable CA1031 // Whatever the endpoint does (stall, refuse, send garbage), the keys are unavailable.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                TimeSpan backoff;
                lock (gate)
                {
                    failures++;
                    var factor = Math.Pow(2, Math.Min(failures - 1, 10));
                    backoff = TimeSpan.FromTicks((long)Math.Min(FirstBackoff.Ticks * factor, MaximumBackoff.Ticks));
                    retryAfterTicks = Clock.GetUtcNow().UtcTicks + backoff.Ticks;
                    inFlight = null;
                }

                owner.logger.MetadataUnavailable(name.ToString(), (long)backoff.TotalMilliseconds, exception);
                return null;
            }
        }
    }
}

/// <summary>The signing keys of a token source could not be read: the request cannot be authenticated (503).</summary>
internal sealed class SigningKeysUnavailableException(TokenSource source)
    : Exception($"The {source} signing keys are unavailable.")
{
    public TokenSource TokenSource { get; } = source;
}

/// <summary>A signing key with what the key document says about it.</summary>
/// <param name="Key">The key to verify signatures with.</param>
/// <param name="Endorsements">Channels the key endorses (Bot Framework keys).</param>
/// <param name="Issuer">Issuer the key is bound to (Entra keys), possibly with a <c>{tenantid}</c> placeholder.</param>
internal sealed record SigningKey(SecurityKey Key, IReadOnlyList<string> Endorsements, string? Issuer);
