using System.CommandLine;
using CreditBot.Hosting;

namespace CreditBot.TeamsApp;

/// <summary><c>creditbot manifest pack --out creditbot.zip [--from FOLDER]</c>: the Teams app package, ready to upload.</summary>
public static class ManifestCommands
{
    public static Command Manifest()
    {
        var output = new Option<FileInfo>("--out") { Description = "The zip to write.", DefaultValueFactory = _ => new FileInfo("creditbot.zip") };
        var from = new Option<DirectoryInfo>("--from")
        {
            Description = "The folder holding manifest.json, its localisation files and icons (default: the copy beside the executable).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(AppContext.BaseDirectory, "manifest")),
        };
        var pack = new Command("pack", "Fill the manifest's ${{...}} placeholders from configuration (TeamsApp:Id, BotFramework:AppId, TeamsApp:Domain, TeamsApp:NameSuffix) and zip the app package.")
        {
            output, from,
        };
        pack.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CreditBotWebApp.BuildJobHost(parse.GetValue(CreditBotCommandLine.DatabaseOption)?.FullName);
            var (values, problems) = ManifestPlaceholders.Resolve(host.Services.GetRequiredService<IConfiguration>());
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await Console.Error.WriteLineAsync(problem);
                }

                return 2;
            }

            var folder = parse.GetValue(from)!.FullName;
            var files = TeamsAppPackage.Files(folder, values);
            var zip = parse.GetValue(output)!;
            zip.Directory?.Create();
            await using (var stream = zip.Create())
            {
                TeamsAppPackage.Write(files, stream);
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"Wrote {zip.FullName}: {string.Join(", ", files.Keys)}.");
            return 0;
        });
        return new Command("manifest", "The Teams app package.") { pack };
    }
}
