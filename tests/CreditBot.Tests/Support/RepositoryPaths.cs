namespace CreditBot.Tests.Support;

/// <summary>Where the repository and the shared folder beside it are, seen from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder: <c>CREDITBOT_SHARED</c>, else <c>../shared</c> beside the repository.</summary>
    public static string Shared { get; } =
        Environment.GetEnvironmentVariable("CREDITBOT_SHARED") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string CardsTool => Path.Combine(Shared, "tools", "cards");

    public static string Cards => Path.Combine(Root, "cards");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CreditBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"CreditBot.sln not found above {AppContext.BaseDirectory}.");
    }
}
