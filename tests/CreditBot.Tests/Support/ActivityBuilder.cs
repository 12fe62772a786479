using System.Text.Json;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;

namespace CreditBot.Tests.Support;

/// <summary>
/// Builds inbound activities from the real samples in <c>shared/conformance/payloads</c>, with
/// small tweaks. Each <c>With…</c> returns the same builder; <see cref="Build"/> parses a fresh activity.
/// </summary>
public sealed class ActivityBuilder
{
    private static readonly Lazy<string> Payloads = new(FindPayloadsFolder);
    private readonly JsonObject json;

    private ActivityBuilder(JsonObject json) => this.json = json;

    /// <summary>The folder of the conformance payloads.</summary>
    public static string PayloadsFolder => Payloads.Value;

    /// <summary>File names of the inbound Teams samples that are valid JSON (<c>teams-*.json</c>).</summary>
    public static IReadOnlyList<string> InboundSamples =>
        [.. Directory.GetFiles(PayloadsFolder, "teams-*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>File names of the documented samples that are not valid JSON (<c>*.docs-invalid-json.txt</c>).</summary>
    public static IReadOnlyList<string> InvalidJsonSamples =>
        [.. Directory.GetFiles(PayloadsFolder, "*.docs-invalid-json.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>A 1:1 message (<c>teams-personal-message.json</c>).</summary>
    public static ActivityBuilder PersonalMessage() => FromSample("teams-personal-message.json");

    /// <summary>A channel message @mentioning the bot (<c>teams-channel-message-bot-mention.json</c>).</summary>
    public static ActivityBuilder ChannelMention() => FromSample("teams-channel-message-bot-mention.json");

    /// <summary>An <c>adaptiveCard/action</c> invoke (<c>teams-invoke-adaptivecard-action-personal.json</c>).</summary>
    public static ActivityBuilder CardAction() => FromSample("teams-invoke-adaptivecard-action-personal.json");

    /// <summary>The bot installed in a personal scope (<c>teams-conversationupdate-bot-added-personal.json</c>).</summary>
    public static ActivityBuilder BotAddedPersonal() => FromSample("teams-conversationupdate-bot-added-personal.json");

    /// <summary>An app installation in a team (<c>teams-installationupdate-add-channel.json</c>).</summary>
    public static ActivityBuilder InstallationAdd() => FromSample("teams-installationupdate-add-channel.json");

    /// <summary>Starts from a sample file of the payloads folder.</summary>
    public static ActivityBuilder FromSample(string fileName) => new(LoadSample(fileName));

    /// <summary>The raw text of a sample file.</summary>
    public static string ReadSample(string fileName) => File.ReadAllText(Path.Combine(PayloadsFolder, fileName));

    /// <summary>Sets the message text.</summary>
    public ActivityBuilder WithText(string? text) => Set("text", text);

    /// <summary>Sets the locale (<c>fr-FR</c>, <c>en-US</c>).</summary>
    public ActivityBuilder WithLocale(string? locale) => Set("locale", locale);

    /// <summary>Sets the serviceUrl (point it at the fake Connector).</summary>
    public ActivityBuilder WithServiceUrl(string serviceUrl) => Set("serviceUrl", serviceUrl);

    /// <summary>Sets the sender's Entra object id.</summary>
    public ActivityBuilder WithFromAadObjectId(string? aadObjectId) => SetIn("from", "aadObjectId", aadObjectId);

    /// <summary>Sets the sender's channel id and name.</summary>
    public ActivityBuilder WithFrom(string id, string? name = null)
    {
        SetIn("from", "id", id);
        return name is null ? this : SetIn("from", "name", name);
    }

    /// <summary>Sets the activity id.</summary>
    public ActivityBuilder WithId(string id) => Set("id", id);

    /// <summary>Sets the conversation id.</summary>
    public ActivityBuilder WithConversationId(string id) => SetIn("conversation", "id", id);

    /// <summary>Sets the tenant (<c>conversation.tenantId</c> and <c>channelData.tenant.id</c>).</summary>
    public ActivityBuilder WithTenant(string tenantId)
    {
        SetIn("conversation", "tenantId", tenantId);
        var channelData = json["channelData"] as JsonObject ?? new JsonObject();
        channelData["tenant"] = new JsonObject { ["id"] = tenantId };
        json["channelData"] = channelData;
        return this;
    }

    /// <summary>Sets the <c>value</c> (invoke or card submit data) from a JSON text.</summary>
    public ActivityBuilder WithValue(string valueJson) => Set("value", JsonNode.Parse(valueJson));

    /// <summary>Sets the <c>value</c> of an <c>adaptiveCard/action</c> invoke: verb and data.</summary>
    public ActivityBuilder WithCardAction(string verb, string dataJson) => Set("value", new JsonObject
    {
        ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = JsonNode.Parse(dataJson) },
        ["trigger"] = "manual",
    });

    /// <summary>Sets any top-level field.</summary>
    public ActivityBuilder With(string property, JsonNode? value) => Set(property, value);

    /// <summary>Removes a top-level field.</summary>
    public ActivityBuilder Without(string property)
    {
        json.Remove(property);
        return this;
    }

    /// <summary>The activity as JSON text.</summary>
    public string ToJson() => json.ToJsonString();

    /// <summary>Parses a fresh activity.</summary>
    public Activity Build() => JsonSerializer.Deserialize(ToJson(), BotJsonContext.Default.Activity)
        ?? throw new InvalidOperationException("The sample is not an activity.");

    private static JsonObject LoadSample(string fileName) =>
        JsonNode.Parse(ReadSample(fileName)) as JsonObject
        ?? throw new InvalidOperationException($"{fileName} is not a JSON object.");

    private static string FindPayloadsFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CreditBot.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new DirectoryNotFoundException($"No CreditBot.sln above {AppContext.BaseDirectory}.");
        }

        var folder = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "conformance", "payloads"));
        return Directory.Exists(folder) ? folder : throw new DirectoryNotFoundException(folder);
    }

    private ActivityBuilder Set(string property, JsonNode? value)
    {
        json[property] = value?.DeepClone();
        return this;
    }

    private ActivityBuilder Set(string property, string? value) => Set(property, value is null ? null : JsonValue.Create(value));

    private ActivityBuilder SetIn(string parent, string property, string? value)
    {
        var node = json[parent] as JsonObject ?? new JsonObject();
        node[property] = value;
        json[parent] = node;
        return this;
    }
}
