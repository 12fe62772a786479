using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using CreditBot.TeamsApp;
using CreditBot.Tests.Support;
using NJsonSchema;

namespace CreditBot.Tests.Manifest;

public class ManifestTests
{
    internal static readonly Dictionary<string, string> Values = new()
    {
        ["TEAMS_APP_ID"] = "5d3c8a1e-2b4f-4c6d-9e8f-0a1b2c3d4e5f",
        ["BOT_ID"] = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
        ["BOT_DOMAIN"] = "creditbot.contoso.example",
        ["APP_NAME_SUFFIX"] = "",
    };

    internal static string ManifestFolder => Path.Combine(RepositoryPaths.Root, "manifest");

    internal static JsonNode Manifest => JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json")))!;

    internal static JsonObject French => JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "fr.json")))!.AsObject();

    [Fact]
    public async Task The_packed_manifest_is_valid_against_the_official_1_29_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Shared, "conformance", "schemas", "teams-app-manifest-1.29.schema.json"));
        var packed = Encoding.UTF8.GetString(TeamsAppPackage.Files(ManifestFolder, Values)["manifest.json"]);

        var errors = schema.Validate(packed);

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
        Assert.DoesNotContain("${{", packed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_French_file_is_valid_against_the_official_localisation_schema()
    {
        // MicrosoftTeams.Localization.schema.json of OfficeDev/microsoft-teams-app-schema at a2a2ebc (the v1.29 release),
        // blob 7bebf6e2264ee349e7e3c2ccaed3e24f92473664, copied unchanged beside this test.
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Manifest", "teams-app-localization-1.29.schema.json"));
        var packed = Encoding.UTF8.GetString(TeamsAppPackage.Files(ManifestFolder, Values)["fr.json"]);

        var errors = schema.Validate(packed);

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public void English_is_the_default_language_and_French_is_localised()
    {
        var localization = Manifest["localizationInfo"]!;

        Assert.Equal("en-us", (string)localization["defaultLanguageTag"]!);
        var french = Assert.Single(localization["additionalLanguages"]!.AsArray());
        Assert.Equal("fr", (string)french!["languageTag"]!);
        Assert.Equal("fr.json", (string)french["file"]!);
    }

    [Fact]
    public void The_French_file_translates_the_names_descriptions_and_every_command()
    {
        var expected = new HashSet<string> { "$schema", "name.short", "name.full", "description.short", "description.full" };
        foreach (var (list, i) in CommandLists().Select((l, i) => (l, i)))
        {
            for (var j = 0; j < list["commands"]!.AsArray().Count; j++)
            {
                expected.Add($"bots[0].commandLists[{i}].commands[{j}].title");
                expected.Add($"bots[0].commandLists[{i}].commands[{j}].description");
            }
        }

        Assert.Equal(expected.Order(), French.Select(p => p.Key).Order());
        Assert.All(French, p => Assert.False(string.IsNullOrWhiteSpace((string?)p.Value)));
    }

    [Fact]
    public void Each_scope_has_its_own_command_list_of_at_most_ten_commands()
    {
        var lists = CommandLists();

        Assert.Equal(["personal", "team", "groupChat"], lists.Select(l => (string)Assert.Single(l["scopes"]!.AsArray())!));
        Assert.All(lists, l => Assert.InRange(l["commands"]!.AsArray().Count, 1, 10));
        Assert.Equal(
            ((JsonArray)Manifest["bots"]![0]!["scopes"]!).Select(s => (string)s!).Order(),
            lists.Select(l => (string)l["scopes"]![0]!).Order());
    }

    [Fact]
    public void The_manifest_uses_only_the_placeholders_the_pack_fills()
    {
        var used = ManifestPlaceholders.In(File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json")) + File.ReadAllText(Path.Combine(ManifestFolder, "fr.json")));

        Assert.Subset(ManifestPlaceholders.Known.Select(k => k.Name).ToHashSet(), used.ToHashSet());
        Assert.Contains("BOT_ID", used);
        Assert.Contains("TEAMS_APP_ID", used);
    }

    [Fact]
    public void The_package_sends_the_bot_id_to_webApplicationInfo_and_the_host_to_validDomains()
    {
        var packed = JsonNode.Parse(TeamsAppPackage.Files(ManifestFolder, Values)["manifest.json"])!;

        Assert.Equal(Values["TEAMS_APP_ID"], (string)packed["id"]!);
        Assert.Equal(Values["BOT_ID"], (string)packed["bots"]![0]!["botId"]!);
        Assert.Equal(Values["BOT_ID"], (string)packed["webApplicationInfo"]!["id"]!);
        Assert.Equal($"api://botid-{Values["BOT_ID"]}", (string)packed["webApplicationInfo"]!["resource"]!);
        Assert.Equal([Values["BOT_DOMAIN"]], packed["validDomains"]!.AsArray().Select(d => (string)d!));
    }

    [Fact]
    public void The_zip_holds_the_manifest_the_French_file_and_the_icons_at_its_root()
    {
        using var buffer = new MemoryStream();

        TeamsAppPackage.Write(TeamsAppPackage.Files(ManifestFolder, Values), buffer);

        buffer.Position = 0;
        using var zip = new ZipArchive(buffer, ZipArchiveMode.Read);
        Assert.Equal(["color.png", "fr.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public void The_icons_exist_with_the_sizes_Teams_requires()
    {
        Assert.Equal((192, 192), Png.Read(Path.Combine(ManifestFolder, (string)Manifest["icons"]!["color"]!)).Size);
        Assert.Equal((32, 32), Png.Read(Path.Combine(ManifestFolder, (string)Manifest["icons"]!["outline"]!)).Size);
    }

    [Fact]
    public void The_outline_icon_is_white_on_transparent()
    {
        var outline = Png.Read(Path.Combine(ManifestFolder, (string)Manifest["icons"]!["outline"]!));

        var pixels = outline.Pixels().ToList();

        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    [Fact]
    public void The_color_icon_is_opaque_and_drawn_in_the_accent_color_and_white()
    {
        var color = Png.Read(Path.Combine(ManifestFolder, (string)Manifest["icons"]!["color"]!));

        var pixels = color.Pixels().ToList();

        Assert.All(pixels, p => Assert.Equal(255, p.A));
        Assert.Contains(pixels, p => (p.R, p.G, p.B) == (0x1F, 0x5F, 0xA8));
        Assert.Contains(pixels, p => (p.R, p.G, p.B) == (255, 255, 255));
        Assert.Equal("#1F5FA8", (string)Manifest["accentColor"]!);
    }

    internal static List<JsonNode> CommandLists() => [.. Manifest["bots"]![0]!["commandLists"]!.AsArray().Select(l => l!)];

    /// <summary>An 8-bit RGBA PNG as the icon script writes it, read from its header and IDAT chunks.</summary>
    private sealed record Png((int Width, int Height) Size, byte[] Raw)
    {
        public static Png Read(string path)
        {
            var bytes = File.ReadAllBytes(path);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
            Assert.Equal("IHDR", Encoding.ASCII.GetString(bytes, 12, 4));
            Assert.Equal([8, 6], bytes[24..26]); // 8-bit RGBA
            var size = (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
            using var idat = new MemoryStream();
            for (var offset = 8; offset < bytes.Length;)
            {
                var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
                if (Encoding.ASCII.GetString(bytes, offset + 4, 4) == "IDAT")
                {
                    idat.Write(bytes, offset + 8, length);
                }

                offset += 12 + length;
            }

            idat.Position = 0;
            using var inflated = new MemoryStream();
            using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
            {
                zlib.CopyTo(inflated);
            }

            return new Png(size, inflated.ToArray());
        }

        public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
        {
            var stride = (Size.Width * 4) + 1;
            Assert.Equal(stride * Size.Height, Raw.Length);
            for (var y = 0; y < Size.Height; y++)
            {
                Assert.Equal(0, Raw[y * stride]); // filter "none", as the script writes
                for (var x = 0; x < Size.Width; x++)
                {
                    var i = (y * stride) + 1 + (x * 4);
                    yield return (Raw[i], Raw[i + 1], Raw[i + 2], Raw[i + 3]);
                }
            }
        }
    }
}
