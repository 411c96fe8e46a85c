using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace BackStrength.Resilience.Tests.Support;

/// <summary>
/// Plays the Bot Connector's token service: serves an OpenID metadata document and a JWKS with a freshly
/// generated RSA key on a local server, and signs tokens the way the Bot Connector does for its requests.
/// </summary>
public sealed class ChannelTokens : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    private const string KeyId = "local-channel-key";

    private readonly RSA _key = RSA.Create(2048);
    private readonly TrustedLocalCertificate _certificate = new();
    private LocalServer? _server;

    /// <summary>Where the bot must be told to read the metadata (ToBotFromChannelOpenIdMetadataUrl).</summary>
    public string MetadataUrl => new Uri(Server.Address, ".well-known/openidconfiguration").ToString();

    private LocalServer Server => _server ?? throw new InvalidOperationException("Call StartAsync first.");

    public async Task StartAsync()
    {
        _server = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/.well-known/openidconfiguration", (HttpContext context) => Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = "https://login.botframework.com/v1/auth",
                ["jwks_uri"] = new Uri(new Uri($"{context.Request.Scheme}://{context.Request.Host}/"), "keys").ToString(),
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            }));
            app.MapGet("/keys", () =>
            {
                var parameters = _key.ExportParameters(includePrivateParameters: false);
                return Results.Json(new
                {
                    keys = new[]
                    {
                        new Dictionary<string, object>
                        {
                            ["kty"] = "RSA",
                            ["use"] = "sig",
                            ["kid"] = KeyId,
                            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                            // The channels this key may sign for, which the SDK checks against the activity's channel.
                            ["endorsements"] = new[] { "webchat", "msteams", "directline" },
                        },
                    },
                });
            });
        }, _certificate.Certificate);
    }

    /// <summary>A token as the Bot Connector signs it; each parameter can be spoiled by a test.</summary>
    public string Sign(string audience, string serviceUrl, DateTime? expires = null, RSA? signingKey = null, string issuer = Issuer)
    {
        var notBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signingKey ?? _key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        };
        return new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
    }

    /// <summary>The same claims with "alg": "none" and no signature at all.</summary>
    public static string Unsigned(string audience, string serviceUrl)
    {
        var now = DateTime.UtcNow;
        var token = new JwtSecurityToken(
            new JwtHeader(),
            new JwtPayload(Issuer, audience, [new Claim("serviceurl", serviceUrl)], now.AddMinutes(-5), now.AddHours(1), now.AddMinutes(-5)));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _key.Dispose();
        _certificate.Dispose();
    }
}
