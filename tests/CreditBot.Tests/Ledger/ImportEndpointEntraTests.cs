using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using CreditBot.MachineAccess;
using CreditBot.Storage;
using CreditBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CreditBot.Tests.Ledger;

public class ImportEndpointEntraTests
{
    private const string Tenant = "11111111-2222-3333-4444-555555555555";
    private const string Audience = "api://creditbot";

    private static Task<CreditBotApp> StartAsync(SecurityKey key) => CreditBotApp.StartAsync(
        settings =>
        {
            settings["Imports:EntraTenantId"] = Tenant;
            settings["Imports:EntraAudience"] = Audience;
        },
        services =>
        {
            var metadata = new OpenIdConnectConfiguration { Issuer = $"https://login.microsoftonline.com/{Tenant}/v2.0" };
            metadata.SigningKeys.Add(key);
            services.AddKeyedSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(
                EntraAdminTokens.MetadataKey, new StaticConfigurationManager<OpenIdConnectConfiguration>(metadata));
        });

    private static string Token(SecurityKey key, params string[] roles) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = $"https://login.microsoftonline.com/{Tenant}/v2.0",
        Audience = Audience,
        NotBefore = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        IssuedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        Expires = new DateTime(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        Claims = new Dictionary<string, object> { ["roles"] = roles, ["oid"] = "3f1c7a52-6b0e-4d2a-9c41-0a7e5b8d2f01" },
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
    });

    [Theory]
    [InlineData("CreditBot.Admin", HttpStatusCode.OK)]
    [InlineData("CreditBot.Reader", HttpStatusCode.Unauthorized)]
    public async Task An_Entra_token_needs_the_admin_role(string role, HttpStatusCode expected)
    {
        using var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = "test-key" };
        await using var app = await StartAsync(key);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports/fec") { Content = new ByteArrayContent(File.ReadAllBytes(Fixture.Path("fec-basic.txt"))) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(key, role));

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected != HttpStatusCode.OK, app.Get<LedgerStore>().IsEmpty);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_is_refused()
    {
        using var trusted = RSA.Create(2048);
        using var other = RSA.Create(2048);
        await using var app = await StartAsync(new RsaSecurityKey(trusted) { KeyId = "trusted" });
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports/fec") { Content = new ByteArrayContent(File.ReadAllBytes(Fixture.Path("fec-basic.txt"))) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(new RsaSecurityKey(other) { KeyId = "trusted" }, "CreditBot.Admin"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(app.Get<LedgerStore>().IsEmpty);
    }
}
