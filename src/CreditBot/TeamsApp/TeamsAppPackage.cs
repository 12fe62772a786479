using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CreditBot.TeamsApp;

/// <summary>
/// Builds the app package Teams accepts: the manifest with its placeholders filled, the localisation files and
/// the two icons it names, at the root of a zip.
/// </summary>
public static class TeamsAppPackage
{
    /// <summary>The package's files, as they go in the zip (placeholders filled in every JSON file).</summary>
    public static IReadOnlyDictionary<string, byte[]> Files(string manifestFolder, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var manifestText = Fill(File.ReadAllText(Path.Combine(manifestFolder, "manifest.json")), values);
        var manifest = JsonNode.Parse(manifestText) ?? throw new InvalidDataException("manifest.json is empty.");
        var names = new List<string> { (string)manifest["icons"]!["color"]!, (string)manifest["icons"]!["outline"]! };
        foreach (var language in manifest["localizationInfo"]?["additionalLanguages"]?.AsArray() ?? [])
        {
            names.Add((string)language!["file"]!);
        }

        if (manifest["localizationInfo"]?["defaultLanguageFile"] is { } defaultFile)
        {
            names.Add((string)defaultFile!);
        }

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["manifest.json"] = System.Text.Encoding.UTF8.GetBytes(manifestText) };
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var path = Path.Combine(manifestFolder, name);
            files[name] = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? System.Text.Encoding.UTF8.GetBytes(Fill(File.ReadAllText(path), values))
                : File.ReadAllBytes(path);
        }

        return files;
    }

    /// <summary>Writes the zip; the files sit at its root, as Teams requires.</summary>
    public static void Write(IReadOnlyDictionary<string, byte[]> files, Stream output)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, bytes) in files)
        {
            // A fixed time: the same inputs give the same zip.
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }

    /// <summary>Replaces each <c>${{NAME}}</c> by its value, JSON-escaped; an unknown placeholder is an error.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return ManifestPlaceholders.Pattern().Replace(text, match =>
        {
            var name = match.Groups[1].Value;
            if (!values.TryGetValue(name, out var value))
            {
                throw new InvalidDataException($"The manifest uses ${{{{{name}}}}}, which no setting fills.");
            }

            // Inside a JSON string: escape as JSON does, without the surrounding quotes.
            var encoded = JsonSerializer.Serialize(value);
            return encoded[1..^1];
        });
    }
}
