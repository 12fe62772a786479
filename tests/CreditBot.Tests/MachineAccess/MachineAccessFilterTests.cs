using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using CreditBot.Ledger;
using CreditBot.MachineAccess;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CreditBot.Tests.MachineAccess;

/// <summary>
/// The one filter for administrators' and ERPs' endpoints, on a new machine-to-machine endpoint of its own (an ERP
/// pushing orders) with its own key and role: the import endpoint's tests cover the same filter on imports.
/// </summary>
public sealed class MachineAccessFilterTests : IDisposable
{
    private const string Tenant = "11111111-2222-3333-4444-555555555555";
    private const string Audience = "api://creditbot";
    private const string ErpKey = "erp-key-7f3a9c";
    private const string ErpRole = "CreditBot.Erp";
    private const string CallerObjectId = "3f1c7a52-6b0e-4d2a-9c41-0a7e5b8d2f01";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _key;
    private int _handled;

    public MachineAccessFilterTests() => _key = new RsaSecurityKey(_rsa) { KeyId = "test-key" };

    [Fact]
    public async Task The_right_api_key_lets_the_erp_in_as_that_policy()
    {
        await using var app = await StartAsync(entra: false);

        var (status, body) = await PostAsync(app, request => request.Headers.Add("X-Erp-Key", ErpKey));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("api-key:erp", body);
        Assert.Equal(1, _handled);
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("")]
    [InlineData(null)]
    public async Task A_wrong_or_missing_api_key_is_refused_before_the_handler_runs(string? key)
    {
        await using var app = await StartAsync(entra: false);

        var (status, _) = await PostAsync(app, request =>
        {
            if (key is not null)
            {
                request.Headers.Add("X-Erp-Key", key);
            }
        });

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(0, _handled);
    }

    [Fact]
    public async Task With_no_key_hash_nor_tenant_configured_the_endpoint_is_closed()
    {
        await using var app = await StartAsync(entra: false, keyHash: string.Empty);

        var (status, _) = await PostAsync(app, request => request.Headers.Add("X-Erp-Key", ErpKey));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(0, _handled);
    }

    [Fact]
    public async Task An_Entra_token_with_the_policys_role_lets_the_caller_in_by_object_id()
    {
        await using var app = await StartAsync(entra: true);

        var (status, body) = await PostAsync(app, request => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(ErpRole)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("entra:" + CallerObjectId, body);
    }

    [Fact]
    public async Task An_Entra_token_with_another_role_is_refused()
    {
        await using var app = await StartAsync(entra: true);

        var (status, _) = await PostAsync(app, request => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token("CreditBot.Admin")));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(0, _handled);
    }

    public void Dispose() => _rsa.Dispose();

    private async Task<WebApplication> StartAsync(bool entra, string? keyHash = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Imports:EntraTenantId"] = entra ? Tenant : string.Empty,
            ["Imports:EntraAudience"] = entra ? Audience : string.Empty,
        });
        builder.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.SectionName);
        var metadata = new OpenIdConnectConfiguration { Issuer = $"https://login.microsoftonline.com/{Tenant}/v2.0" };
        metadata.SigningKeys.Add(_key);
        builder.Services.AddSingleton(sp => new EntraAdminTokens(
            sp.GetRequiredService<IOptions<ImportOptions>>(),
            entra ? new StaticConfigurationManager<OpenIdConnectConfiguration>(metadata) : null));
        var app = builder.Build();
        var hash = keyHash ?? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ErpKey)));
        app.MapPost("/api/erp/orders", (HttpContext http) =>
        {
            Interlocked.Increment(ref _handled);
            return Results.Text(http.Features.Get<MachineCaller>()!.ToString());
        }).RequireMachineCaller(_ => new MachineAccessPolicy("erp", "X-Erp-Key", hash, ErpRole));
        await app.StartAsync();
        return app;
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(WebApplication app, Action<HttpRequestMessage> authenticate)
    {
        using var client = app.GetTestClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/erp/orders") { Content = new StringContent("{}") };
        authenticate(request);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private string Token(string role) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = $"https://login.microsoftonline.com/{Tenant}/v2.0",
        Audience = Audience,
        NotBefore = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        IssuedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        Expires = new DateTime(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        Claims = new Dictionary<string, object> { ["roles"] = new[] { role }, ["oid"] = CallerObjectId },
        SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
    });
}
