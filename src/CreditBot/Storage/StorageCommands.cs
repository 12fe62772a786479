using System.CommandLine;
using System.Globalization;
using CreditBot.Hosting;
using Microsoft.Extensions.Options;

namespace CreditBot.Storage;

/// <summary><c>creditbot backup FILE</c> and <c>creditbot restore FILE</c>, for the store named by <c>--db</c> or the settings.</summary>
public static class StorageCommands
{
    public static Command Backup()
    {
        var file = new Argument<FileInfo>("file") { Description = "Where to write the copy (must not exist)." };
        var command = new Command("backup", "Write a consistent, checked copy of the store; while the bot runs, the bot makes it.") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(file)!;
            if (target.Exists)
            {
                await Console.Error.WriteLineAsync($"{target.FullName} exists: choose a new file.");
                return 2;
            }

            using var host = CreditBotWebApp.BuildJobHost(parse.GetValue(CreditBotCommandLine.DatabaseOption)?.FullName);
            var path = Path.GetFullPath(host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath);
            long bytes;
            string how;
            try
            {
                using var database = new CreditDatabase(path, "creditbot backup", host.Services.GetRequiredService<TimeProvider>());
                bytes = database.BackupTo(target.FullName);
                how = "directly";
            }
            catch (StoreInUseException inUse) when (inUse.Holder is { BackupUrl: { } url, BackupToken: { } token })
            {
                bytes = await DownloadAsync(new Uri(url), token, target.FullName, cancellationToken);
                how = $"by the running bot ({inUse.Holder.Describe()})";
            }

            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Backed up {path} to {target.FullName} ({bytes} bytes, checked), {how}."));
            return 0;
        });
        return command;
    }

    public static Command Restore()
    {
        var file = new Argument<FileInfo>("file") { Description = "A backup made by `creditbot backup`." };
        var command = new Command("restore", "Replace the store by a checked backup, keeping the current file aside. Refused while the bot runs.") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var source = parse.GetValue(file)!;
            if (!source.Exists)
            {
                await Console.Error.WriteLineAsync($"File not found: {source.FullName}");
                return 2;
            }

            using var host = CreditBotWebApp.BuildJobHost(parse.GetValue(CreditBotCommandLine.DatabaseOption)?.FullName);
            var path = Path.GetFullPath(host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath);
            var time = host.Services.GetRequiredService<TimeProvider>();
            using var held = StoreLock.Acquire(path, "creditbot restore", time);
            var aside = StoreRestore.Replace(path, source.FullName, time.GetUtcNow());
            await Console.Out.WriteLineAsync(aside is null
                ? $"Restored {source.FullName} into {path}."
                : $"Restored {source.FullName} into {path}; the previous store is kept as {aside}.");
            return 0;
        });
        return command;
    }

    /// <summary>Streams the running bot's copy into a temporary file beside the target, checks it, then names it.</summary>
    internal static async Task<long> DownloadAsync(Uri url, string token, string target, CancellationToken cancellationToken)
    {
        var partial = target + ".partial";
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add(StoreAdminEndpoints.BackupTokenHeader, token);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"The running bot refused the backup at {url}: {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            await using (var output = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await response.Content.CopyToAsync(output, cancellationToken);
                await output.FlushAsync(cancellationToken);
                output.Flush(flushToDisk: true);
            }

            CreditDatabase.Verify(partial);
            File.Move(partial, target);
            return new FileInfo(target).Length;
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
