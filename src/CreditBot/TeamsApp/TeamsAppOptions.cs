namespace CreditBot.TeamsApp;

/// <summary>
/// What the Teams app package needs beyond the bot's app id (<c>BotFramework:AppId</c>): the app's own id and
/// the host name the bot is served on. Empty by default: they matter only when packing the app for a tenant.
/// </summary>
public sealed class TeamsAppOptions
{
    public const string SectionName = "TeamsApp";

    /// <summary>The Teams app id (the manifest's <c>id</c>, a GUID); the toolkit's <c>TEAMS_APP_ID</c>.</summary>
    public string? Id { get; set; }

    /// <summary>Host name of the bot, without scheme (<c>creditbot.contoso.com</c>); the toolkit's <c>BOT_DOMAIN</c>.</summary>
    public string? Domain { get; set; }

    /// <summary>Appended to the short name, to tell a trial app from the real one (<c>-local</c>).</summary>
    public string? NameSuffix { get; set; }
}
