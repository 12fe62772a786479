using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CreditBot.BotFramework;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Hosting;

/// <summary>
/// The Microsoft 365 Agents Toolkit files and the Azure templates cannot run here (no Azure): what can be checked
/// is that they agree with the code and with each other.
/// </summary>
public partial class DeploymentFilesTests
{
    // App Service's own settings, read by the platform rather than by CreditBot's options classes.
    private static readonly HashSet<string> PlatformSettings = ["WEBSITES_ENABLE_APP_SERVICE_STORAGE"];

    private static string Read(string path) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, path));

    [Fact]
    public void Every_app_setting_the_template_passes_is_a_property_of_an_options_class()
    {
        var settings = AppSetting().Matches(Read("infra/azure.bicep")).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(settings);
        Assert.All(settings, setting =>
        {
            if (PlatformSettings.Contains(setting))
            {
                return;
            }

            var parts = setting.Split("__");
            var options = OptionsClasses().GetValueOrDefault(parts[0]);
            Assert.True(options is not null, $"{setting}: no options class has SectionName \"{parts[0]}\".");
            var type = options;
            foreach (var name in parts[1..])
            {
                var property = type!.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
                Assert.True(property is not null, $"{setting}: {type.Name} has no property {name}.");
                type = property.PropertyType;
            }
        });
    }

    [Fact]
    public void The_bot_identity_is_a_managed_identity_and_the_host_takes_HTTPS_only()
    {
        var app = Read("infra/azure.bicep");
        var bot = Read("infra/botRegistration/azurebot.bicep");

        Assert.Contains("httpsOnly: true", app, StringComparison.Ordinal);
        Assert.Contains("'Microsoft.ManagedIdentity/userAssignedIdentities@", app, StringComparison.Ordinal);
        Assert.Contains("msaAppType: 'UserAssignedMSI'", bot, StringComparison.Ordinal);
        Assert.Contains("channelName: 'MsTeamsChannel'", bot, StringComparison.Ordinal);
        Assert.DoesNotContain("ClientSecret", app, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_parameters_file_sets_only_parameters_the_template_declares()
    {
        var declared = Parameter().Matches(Read("infra/azure.bicep")).Select(m => m.Groups[1].Value).ToHashSet();
        var parameters = JsonNode.Parse(Read("infra/azure.parameters.json"))!["parameters"]!.AsObject().Select(p => p.Key);

        Assert.Subset(declared, parameters.ToHashSet());
    }

    [Theory]
    [InlineData("m365agents.yml")]
    [InlineData("m365agents.local.yml")]
    public void Every_local_path_the_toolkit_reads_exists(string file)
    {
        var paths = InputPath().Matches(Read(file)).Select(m => m.Groups[2].Value).ToList();

        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, path)), $"{file}: {path} does not exist."));
    }

    [Fact]
    public void The_committed_environment_holds_no_secret_and_the_user_files_are_ignored()
    {
        var lines = Read("env/.env.dev").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

        Assert.All(lines, line => Assert.False(line.StartsWith("SECRET_", StringComparison.Ordinal), line));
        Assert.Contains("env/.env.*.user", Read(".gitignore").Split('\n').Select(l => l.Trim()));
    }

    private static Dictionary<string, Type> OptionsClasses() =>
        new[] { typeof(Program).Assembly, typeof(BotFrameworkOptions).Assembly }
            .SelectMany(a => a.GetTypes())
            .Select(t => (Type: t, Field: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)))
            .Where(x => x.Field is { IsLiteral: true } && x.Field.FieldType == typeof(string))
            .ToDictionary(x => (string)x.Field!.GetRawConstantValue()!, x => x.Type);

    [GeneratedRegex(@"\{\s*name:\s*'([A-Za-z0-9_]+)'\s*,\s*value:")]
    private static partial Regex AppSetting();

    [GeneratedRegex(@"^param\s+([A-Za-z0-9_]+)\s", RegexOptions.Multiline)]
    private static partial Regex Parameter();

    [GeneratedRegex(@"(manifestPath|path|parameters):\s*\./(\S+)")]
    private static partial Regex InputPath();
}
