using System.CommandLine;

namespace CreditBot.Hosting;

/// <summary>The command line of the creditbot executable.</summary>
public static class CreditBotCommandLine
{
    /// <summary>Global <c>--db PATH</c>: the LiteDB file, for every verb.</summary>
    public static Option<FileInfo?> DatabaseOption { get; } = new("--db")
    {
        Description = "Path of the LiteDB store file (overrides Storage:DatabasePath).",
        Recursive = true,
    };

    public static RootCommand Create()
    {
        var root = new RootCommand("CreditBot: credit management in Microsoft Teams. Without a verb, serves the bot.")
        {
            DatabaseOption,
        };

        // Unknown tokens are ASP.NET Core's (--urls, --environment, ...): hand them to the host.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction(async (parse, cancellationToken) =>
        {
            var hostArgs = parse.UnmatchedTokens.ToArray();
            var app = CreditBotWebApp.Build(hostArgs, parse.GetValue(DatabaseOption)?.FullName);
            await app.RunAsync(cancellationToken);
            return 0;
        });

        foreach (var command in CommandLineVerbs.All())
        {
            root.Add(command);
        }

        return root;
    }

    /// <summary>Configuration overrides from the global options, for hosts built by verbs.</summary>
    public static Dictionary<string, string?> Overrides(string? databasePath) =>
        databasePath is null ? [] : new() { ["Storage:DatabasePath"] = databasePath };
}
