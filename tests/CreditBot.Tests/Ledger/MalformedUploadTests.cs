using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CreditBot.Storage;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Ledger;

public class MalformedUploadTests
{
    private const string Key = "s3cret-import-key";

    public static TheoryData<string, string, string> Uploads => new()
    {
        { "multipart/form-data", "--XYZ\r\nContent-Disposition: form-data; name=\"ledger\"; filename=\"fec.txt\"\r\n\r\nJournalCode\r\n--XYZ--\r\n", "boundary" },
        { "multipart/form-data; boundary=XYZ", "--XYZ\r\nContent-Disposition: form-data; name=\"ledger\"; filename=\"fec.txt\"\r\n\r\nJournalCode|JournalLib", "end of Stream" },
        { "multipart/form-data; boundary=XYZ", "--XYZ\r\nContent-Disposition form-data no colon\r\n\r\nx\r\n--XYZ--\r\n", "header" },
    };

    [Theory]
    [MemberData(nameof(Uploads))]
    public async Task A_malformed_multipart_upload_gets_400_with_the_reason_and_the_store_is_untouched(string contentType, string body, string reason)
    {
        await using var app = await CreditBotApp.StartAsync(settings =>
            settings["Imports:ApiKeySha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Key))));
        using var client = app.CreateClient();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports/fec") { Content = content };
        request.Headers.Add("X-CreditBot-Import-Key", Key);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(reason, problem.RootElement.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(app.Get<LedgerStore>().IsEmpty);
    }
}
