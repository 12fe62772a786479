using CreditBot.Tests.Support;

namespace CreditBot.Tests.Storage;

/// <summary>
/// One store made once by the real executable (the demo ledger of 30 clients, imported), copied by each test;
/// and the ways a store gets damaged, as an unlucky operator met them (issue 11).
/// </summary>
public sealed class StoreFiles : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public string Good => _folder.File("good.db");

    public async Task InitializeAsync()
    {
        var made = await CreditBotCli.RunAsync("demo", "--clients", "30", "--as-of", "2026-11-23", "--out", _folder.File("demo"), "--import", "--db", Good);
        Assert.True(made.ExitCode == 0, made.Error);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A copy of the good store in <paramref name="folder"/>.</summary>
    public string CopyTo(TempFolder folder, string name = "creditbot.db")
    {
        ArgumentNullException.ThrowIfNull(folder);
        var path = folder.File(name);
        File.Copy(Good, path);
        return path;
    }

    public static void Damage(string path, string how)
    {
        var random = new Random(11);
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        switch (how)
        {
            case "16 KB of random bytes at offset 16 384":
                Overwrite(file, 16_384, random, 16_384);
                break;
            case "scattered 8-byte overwrites":
                for (var i = 0; i < 64; i++)
                {
                    Overwrite(file, random.NextInt64(8192, file.Length - 8), random, 8);
                }

                break;
            case "a damaged header page":
                // The creation time of the header page (offset 68): LiteDB aborted with "Ticks must be between…".
                Overwrite(file, 68, random, 8);
                break;
            case "truncated to half":
                file.SetLength(file.Length / 2);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(how), how, "unknown damage");
        }
    }

    private static void Overwrite(FileStream file, long offset, Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        file.Position = offset;
        file.Write(bytes);
        file.Flush(flushToDisk: true);
    }
}
