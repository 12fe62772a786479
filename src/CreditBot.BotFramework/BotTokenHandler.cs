using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CreditBot.BotFramework;

/// <summary>
/// Adds the bot's bearer token to Connector calls, and only to trusted service URLs
/// (<see cref="TrustedServiceUrls"/>): a call to any other host fails with
/// <see cref="UntrustedServiceUrlException"/> before anything is sent. In local mode no token is
/// requested or sent.
/// </summary>
internal sealed class BotTokenHandler(
    BotTokenProvider tokens, TrustedServiceUrls trusted, IOptions<BotFrameworkOptions> options, ILogger<BotTokenHandler> logger)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { } uri || !trusted.IsTrusted(uri))
        {
            logger.UntrustedServiceUrl(LogValue.Of(request.RequestUri?.Host) ?? "(none)");
            throw new UntrustedServiceUrlException(request.RequestUri);
        }

        if (!options.Value.DisableAuthentication)
        {
            var token = await tokens.GetTokenAsync(cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
