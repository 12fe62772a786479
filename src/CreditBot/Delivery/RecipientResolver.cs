using CreditBot.BotFramework;
using CreditBot.Storage;
using CreditBot.Users;
using Microsoft.Extensions.Options;

namespace CreditBot.Delivery;

/// <summary>
/// Finds the conversation of a recipient (conformance §2.5): a stored conversation; for a person, their
/// stored 1:1 chat, else one created through the Connector with the tenant, else the app installed for
/// them through <see cref="IUserDirectory"/> and the chat created again. Every failure is a result.
/// </summary>
public sealed class RecipientResolver(
    ConversationReferenceStore references,
    IUserDirectory directory,
    TrustedServiceUrls trusted,
    IOptions<BotFrameworkOptions> botOptions,
    IOptions<DeliveryOptions> options,
    ILogger<RecipientResolver> logger)
{
    public async Task<Resolution> ResolveAsync(OutboxRecipient recipient, ConnectorClient connector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(connector);
        if (recipient.Kind == RecipientKind.Conversation)
        {
            return references.Find(recipient.Id) is { } stored
                ? new Resolution.Reached(stored)
                : new Resolution.Failed(new AttemptResult.Terminal(OutboxStatus.ConversationGone, "no stored conversation"));
        }

        if (references.FindPersonal(recipient.Id) is { } personal)
        {
            return new Resolution.Reached(personal);
        }

        var created = await CreateAsync(recipient.Id, connector, cancellationToken);
        if (created is not Resolution.Failed { Result: AttemptResult.Terminal { Status: OutboxStatus.NotInstalled } })
        {
            return created;
        }

        var install = await directory.InstallAppAsync(recipient.Id, cancellationToken);
        return install.Status switch
        {
            AppInstallStatus.Installed or AppInstallStatus.AlreadyInstalled => await CreateAsync(recipient.Id, connector, cancellationToken, installed: true),
            AppInstallStatus.Throttled => new Resolution.Failed(new AttemptResult.Retry("install throttled", install.RetryAfter, Throttled: false)),
            _ => new Resolution.Failed(new AttemptResult.Terminal(OutboxStatus.NotInstalled, "install " + install.Status)),
        };
    }

    private async Task<Resolution> CreateAsync(string objectId, ConnectorClient connector, CancellationToken cancellationToken, bool installed = false)
    {
        var bot = botOptions.Value;
        var model = Model(bot.TenantId);
        var tenant = bot.TenantId ?? model?.TenantId;
        var serviceUrl = model?.ServiceUrl ?? options.Value.FallbackServiceUrl;
        var botId = model?.BotId ?? (bot.AppId is { } appId ? "28:" + appId : null);
        if (bot.DisableAuthentication || (model is null && !trusted.IsTrusted(serviceUrl)))
        {
            // Local mode (an emulator knows its own user only), or no address this bot may call: the person is reached
            // once they write to the bot, which stores their chat.
            logger.WaitingForAddress(objectId);
            return new Resolution.Failed(new AttemptResult.Waiting("waiting for the person's first message: no address this bot may use yet", options.Value.WaitingRecheck));
        }

        // Teams accepts the Entra object id as the member id (no 29: id is known before the first chat).
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = botId is null ? null : new ChannelAccount { Id = botId },
            Members = [new ChannelAccount { Id = objectId, AadObjectId = objectId }],
            TenantId = tenant,
            ChannelData = tenant is null ? null : System.Text.Json.JsonSerializer.SerializeToElement(
                new Dictionary<string, Dictionary<string, string>> { ["tenant"] = new() { ["id"] = tenant } }),
        };

        ConnectorOutcome<ConversationResourceResponse> outcome;
        try
        {
            outcome = await connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken);
        }
        catch (ConnectorException e) when (e.Error is { } error)
        {
            // A create refused with a 403 the Connector does not name means the app is not installed for the person.
            var result = AttemptResult.Of(error);
            return new Resolution.Failed(result is AttemptResult.Terminal { Status: OutboxStatus.Rejected } && error.Status == System.Net.HttpStatusCode.Forbidden
                ? new AttemptResult.Terminal(OutboxStatus.NotInstalled, AttemptResult.Describe(error))
                : result);
        }

        switch (outcome)
        {
            case ConnectorOutcome<ConversationResourceResponse>.Succeeded { Value.Id: { Length: > 0 } id } success:
                var reference = new ConversationReference
                {
                    ConversationId = id,
                    // The address called, vouched for by a stored conversation or configured; not one the answer names.
                    ServiceUrl = serviceUrl,
                    ServiceUrlVouched = true,
                    ChannelId = "msteams",
                    ConversationType = "personal",
                    TenantId = tenant,
                    BotId = botId,
                    UserAadObjectId = objectId,
                };
                references.Remember(reference);
                logger.ConversationCreated(objectId, installed);
                return new Resolution.Reached(reference);
            case ConnectorOutcome<ConversationResourceResponse>.Succeeded:
                return new Resolution.Failed(new AttemptResult.Retry("create conversation: no id", null, Throttled: false));
            case ConnectorOutcome<ConversationResourceResponse>.BlockedByUser blocked:
                return new Resolution.Failed(new AttemptResult.Terminal(OutboxStatus.BlockedByUser, AttemptResult.Describe(blocked.Error)));
            case ConnectorOutcome<ConversationResourceResponse>.NotInConversation refused:
                return new Resolution.Failed(new AttemptResult.Terminal(OutboxStatus.NotInstalled, AttemptResult.Describe(refused.Error)));
            case ConnectorOutcome<ConversationResourceResponse>.NotFound missing:
                return new Resolution.Failed(new AttemptResult.Terminal(OutboxStatus.NotInstalled, AttemptResult.Describe(missing.Error)));
            default:
                throw new InvalidOperationException("Unknown connector outcome.");
        }
    }

    // A stored conversation of the tenant gives the service URL and the bot account to create chats with.
    private ConversationReference? Model(string? tenant) =>
        references.All().Where(r => r.ServiceUrlVouched && (tenant is null || r.TenantId == tenant)).OrderBy(r => r.ConversationType == "personal" ? 0 : 1).FirstOrDefault();
}

/// <summary>A recipient's conversation, or why it could not be reached.</summary>
public abstract record Resolution
{
    private Resolution()
    {
    }

    public sealed record Reached(ConversationReference Reference) : Resolution;

    public sealed record Failed(AttemptResult Result) : Resolution;
}
