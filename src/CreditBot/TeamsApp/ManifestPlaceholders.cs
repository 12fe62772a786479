using System.Text.RegularExpressions;
using CreditBot.BotFramework;

namespace CreditBot.TeamsApp;

/// <summary>
/// The Microsoft 365 Agents Toolkit placeholders of <c>manifest/manifest.json</c> (<c>${{NAME}}</c>) and the
/// settings that fill them: the section key first, else a setting named like the placeholder (the toolkit's
/// environment variable, e.g. <c>BOT_ID</c>).
/// </summary>
public static partial class ManifestPlaceholders
{
    /// <summary>Placeholder, the setting that fills it, and whether it must be a GUID.</summary>
    public static IReadOnlyList<(string Name, string Setting, bool Guid, bool Optional)> Known { get; } =
    [
        ("TEAMS_APP_ID", $"{TeamsAppOptions.SectionName}:{nameof(TeamsAppOptions.Id)}", true, false),
        ("BOT_ID", $"{BotFrameworkOptions.SectionName}:{nameof(BotFrameworkOptions.AppId)}", true, false),
        ("BOT_DOMAIN", $"{TeamsAppOptions.SectionName}:{nameof(TeamsAppOptions.Domain)}", false, false),
        ("APP_NAME_SUFFIX", $"{TeamsAppOptions.SectionName}:{nameof(TeamsAppOptions.NameSuffix)}", false, true),
    ];

    [GeneratedRegex(@"\$\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}")]
    public static partial Regex Pattern();

    /// <summary>Every placeholder name used in a text.</summary>
    public static IReadOnlySet<string> In(string text) =>
        Pattern().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>The value of every known placeholder from configuration, or the problems found, each naming its setting.</summary>
    public static (Dictionary<string, string> Values, List<string> Problems) Resolve(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (name, setting, guid, optional) in Known)
        {
            var value = configuration[setting] is { Length: > 0 } configured ? configured : configuration[name];
            value = value?.Trim() ?? string.Empty;
            if (value.Length == 0 && !optional)
            {
                problems.Add($"{setting} (or {name}) is not set.");
            }
            else if (guid && !System.Guid.TryParse(value, out _))
            {
                problems.Add($"{setting} (or {name}) must be a GUID.");
            }
            else if (name == "BOT_DOMAIN" && (value.Contains("://", StringComparison.Ordinal) || value.Contains('/', StringComparison.Ordinal)))
            {
                problems.Add($"{setting} (or {name}) is a host name, without scheme or path (creditbot.contoso.com).");
            }

            values[name] = value;
        }

        return (values, problems);
    }
}
