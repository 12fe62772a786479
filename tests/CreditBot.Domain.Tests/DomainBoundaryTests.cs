using System.Text.RegularExpressions;

namespace CreditBot.Domain.Tests;

public partial class DomainBoundaryTests
{
    [Fact]
    public void The_domain_references_nothing_beyond_the_base_class_library()
    {
        var references = typeof(Money).Assembly.GetReferencedAssemblies();

        var foreign = references
            .Select(reference => reference.Name!)
            .Where(name => !(name is "netstandard" or "mscorlib"
                || name.StartsWith("System", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(foreign);
    }

    [Fact]
    public void The_domain_source_reads_no_clock_and_no_files()
    {
        var domain = Path.Combine(RepositoryRoot(), "src", "CreditBot.Domain");
        var sources = Directory.EnumerateFiles(domain, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var offences = sources
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, index)))
            .Where(entry => Forbidden().IsMatch(entry.line))
            .Select(entry => $"{Path.GetRelativePath(domain, entry.path)}:{entry.index + 1}: {entry.line.Trim()}")
            .ToList();

        Assert.NotEmpty(sources);
        Assert.Empty(offences);
    }

    [GeneratedRegex(@"DateTime\.Now|DateTime\.UtcNow|DateTimeOffset\.Now|DateTimeOffset\.UtcNow|DateTime\.Today|System\.IO|\bFile\.|\bDirectory\.|TimeProvider\.System")]
    private static partial Regex Forbidden();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CreditBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CreditBot.sln not found above " + AppContext.BaseDirectory);
    }
}
