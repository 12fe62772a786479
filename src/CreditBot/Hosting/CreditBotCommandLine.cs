using System.CommandLine;
using CreditBot.Storage;

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

    /// <summary>
    /// Serves the bot when no verb is given, else runs the verb. Serving builds and runs the web host
    /// synchronously on the calling thread (test hosts intercept the build there), and a failed start
    /// propagates so that its message, which names the bad setting, reaches the console.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var root = Create();
        var parse = root.Parse(args);
        try
        {
            if (ReferenceEquals(parse.CommandResult.Command, root) && !IsHelpOrVersion(args))
            {
                var app = CreditBotWebApp.Build(parse.UnmatchedTokens.ToArray(), parse.GetValue(DatabaseOption)?.FullName);

                // Settings are checked before the host starts, so that a missing key reads as one sentence naming it
                // rather than as the host's stack trace.
                try
                {
                    app.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
                }
                catch (Exception error) when (error is Microsoft.Extensions.Options.OptionsValidationException or AggregateException)
                {
                    var failures = error is AggregateException aggregate
                        ? aggregate.Flatten().InnerExceptions.Select(e => e.Message)
                        : [error.Message];
                    await Console.Error.WriteLineAsync($"CreditBot cannot start: {string.Join(" ", failures)}");
                    return 1;
                }

                try
                {
                    app.Run();
                }
                catch (IOException error) when (error.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
                {
                    await Console.Error.WriteLineAsync(
                        $"CreditBot cannot start: {error.Message} Another process (another CreditBot?) listens there: stop it, or choose another address with --urls.");
                    return AddressInUseExitCode;
                }

                return 0;
            }

            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (StoreInUseException exception)
        {
            // One line that says whose the store is and what to do instead: no stack trace for an expected refusal.
            await Console.Error.WriteLineAsync(exception.Message);
            return StoreInUseExitCode;
        }
        catch (StoreDamagedException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return StoreDamagedExitCode;
        }
    }

    /// <summary>Exit code when another process holds the store.</summary>
    public const int StoreInUseExitCode = 4;

    /// <summary>Exit code when the store file cannot be read.</summary>
    public const int StoreDamagedExitCode = 5;

    /// <summary>Exit code when the address to listen on is taken.</summary>
    public const int AddressInUseExitCode = 6;

    private static bool IsHelpOrVersion(string[] args) =>
        args.Any(a => a is "--help" or "-h" or "-?" or "/?" or "--version");

    public static RootCommand Create()
    {
        var root = new RootCommand("CreditBot: credit management in Microsoft Teams. Without a verb, serves the bot.")
        {
            DatabaseOption,
        };

        // Unknown tokens are ASP.NET Core's (--urls, --environment, ...): hand them to the host.
        root.TreatUnmatchedTokensAsErrors = false;
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
