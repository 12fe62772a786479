using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace CreditBot.Tests.Support;

/// <summary>An RSA signing key of the fake Bot Service, with what its JWKS entry says about it.</summary>
public sealed class FakeSigningKey : IDisposable
{
    private readonly RSA rsa;

    /// <summary>Creates a fresh 2048-bit key.</summary>
    /// <param name="keyId">The <c>kid</c>.</param>
    /// <param name="endorsements">Channels the key endorses (Bot Framework keys); null for none.</param>
    /// <param name="issuer">Issuer the key is bound to (Entra keys), or null.</param>
    public FakeSigningKey(string keyId, IReadOnlyList<string>? endorsements = null, string? issuer = null)
    {
        rsa = RSA.Create(2048);
        KeyId = keyId;
        Endorsements = endorsements;
        Issuer = issuer;
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = keyId };
    }

    /// <summary>The key id.</summary>
    public string KeyId { get; }

    /// <summary>The <c>endorsements</c> array of the JWKS entry, or null when absent.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    /// <summary>The <c>issuer</c> member of the JWKS entry, or null when absent.</summary>
    public string? Issuer { get; }

    /// <summary>The private key, to sign tokens.</summary>
    public RsaSecurityKey SecurityKey { get; }

    /// <summary>The public key in PEM (SubjectPublicKeyInfo), as an attacker would find it.</summary>
    public string PublicKeyPem => rsa.ExportSubjectPublicKeyInfoPem();

    /// <summary>The public JWK, as published.</summary>
    public JsonObject ToJwk()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode?)JsonValue.Create(e))]);
        }

        if (Issuer is not null)
        {
            jwk["issuer"] = Issuer;
        }

        return jwk;
    }

    /// <inheritdoc />
    public void Dispose() => rsa.Dispose();
}
