using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditBot.Storage;

/// <summary>
/// Who holds a store: written beside it (<c>{store}.holder</c>) by the process that holds its lock, read by a
/// process refused the lock to say who has it. <see cref="BackupUrl"/> and <see cref="BackupToken"/> let
/// <c>creditbot backup</c> ask a serving bot for a consistent copy; the file is readable only by its owner,
/// who can read the store itself anyway.
/// </summary>
public sealed record StoreHolder(int ProcessId, string Host, DateTimeOffset Since, string Role)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string? BackupUrl { get; init; }

    public string? BackupToken { get; init; }

    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"process {ProcessId} on {Host} ({Role}) since {Since:yyyy-MM-dd HH:mm:ss} UTC");

    internal static string PathFor(string databasePath) => databasePath + ".holder";

    internal void Write(string databasePath)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(PathFor(databasePath), options);
        JsonSerializer.Serialize(stream, this, Json);
    }

    /// <summary>The holder the file names, or null when it is missing or unreadable (a holder still starting).</summary>
    internal static StoreHolder? TryRead(string databasePath)
    {
        try
        {
            using var stream = new FileStream(PathFor(databasePath), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return JsonSerializer.Deserialize<StoreHolder>(stream, Json);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
