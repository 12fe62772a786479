using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CreditBot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CreditBot.Tests.Ledger;

public class ImportEndpointTests
{
    private const string Key = "s3cret-import-key";

    private sealed class App(string? keyHash) : WebApplicationFactory<Program>
    {
        public string Folder { get; } = Path.Combine(Path.GetTempPath(), "creditbot-ledger-tests", Guid.NewGuid().ToString("N"));

        public LedgerStore Store => Services.GetRequiredService<LedgerStore>();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Storage:DatabasePath", Path.Combine(Folder, "creditbot.db"));
            builder.UseSetting("Storage:SeedDemoData", "false");
            builder.UseSetting("Imports:ApiKeySha256", keyHash ?? "");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (System.IO.Directory.Exists(Folder))
            {
                System.IO.Directory.Delete(Folder, recursive: true);
            }
        }
    }

    private static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static HttpRequestMessage Post(string source, HttpContent content, string? key = Key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/imports/{source}") { Content = content };
        if (key is not null)
        {
            request.Headers.Add("X-CreditBot-Import-Key", key);
        }

        return request;
    }

    private static ByteArrayContent FileContent(string fixture) => new(File.ReadAllBytes(Fixture.Path(fixture)));

    [Fact]
    public async Task Without_a_configured_key_the_endpoint_is_closed()
    {
        await using var app = new App(keyHash: null);
        using var client = app.CreateClient();

        using var response = await client.SendAsync(Post("fec", FileContent("fec-basic.txt")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(app.Store.IsEmpty);
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData(null)]
    public async Task A_wrong_or_missing_key_is_refused(string? key)
    {
        await using var app = new App(Hash(Key));
        using var client = app.CreateClient();

        using var response = await client.SendAsync(Post("fec", FileContent("fec-basic.txt"), key));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(app.Store.IsEmpty);
    }

    [Fact]
    public async Task A_raw_body_with_the_right_key_is_imported_and_the_report_returned()
    {
        await using var app = new App(Hash(Key));
        using var client = app.CreateClient();

        using var response = await client.SendAsync(Post("fec", FileContent("fec-basic.txt")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Imported", report.RootElement.GetProperty("status").GetString());
        Assert.Equal(5, report.RootElement.GetProperty("counts").GetProperty("openItems").GetInt32());
        Assert.Equal(2900m, report.RootElement.GetProperty("openReceivables").GetDecimal());
    }

    [Fact]
    public async Task A_multipart_upload_carries_the_client_master_and_orders()
    {
        await using var app = new App(Hash(Key));
        using var client = app.CreateClient();
        using var form = new MultipartFormDataContent
        {
            { FileContent("fec-basic.txt"), "ledger", "fec-basic.txt" },
            { FileContent("clients.csv"), "clients", "clients.csv" },
            { FileContent("orders.csv"), "orders", "orders.csv" },
        };

        using var response = await client.SendAsync(Post("fec", form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, app.Store.AllOrders().Count);
        Assert.Equal(50000m, app.Store.FindClient(new("C001"))!.Limit!.Amount.Amount);
    }

    [Fact]
    public async Task A_bad_file_gives_422_with_file_line_and_field()
    {
        await using var app = new App(Hash(Key));
        using var client = app.CreateClient();
        var bad = new ByteArrayContent(Encoding.UTF8.GetBytes(File.ReadAllText(Fixture.Path("fec-basic.txt")).Replace("600,00", "6OO,00", StringComparison.Ordinal)));
        bad.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var response = await client.SendAsync(Post("fec", bad));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problem = report.RootElement.GetProperty("problems")[0];
        Assert.Equal(("upload", 5, "Debit"), (problem.GetProperty("file").GetString(), problem.GetProperty("line").GetInt32(), problem.GetProperty("field").GetString()));
        Assert.True(app.Store.IsEmpty);
    }
}
