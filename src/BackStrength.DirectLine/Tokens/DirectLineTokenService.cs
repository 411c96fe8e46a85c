using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace BackStrength.DirectLine.Tokens;

/// <summary>
/// Issues and checks local Direct Line tokens: HMAC-SHA256 signed JWTs naming one conversation and one user.
/// The JWT shape matters because Web Chat's Direct Line client reads the <c>user</c> claim to learn who it is.
/// </summary>
public sealed class DirectLineTokenService
{
    private static readonly string Header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));

    private readonly byte[] _key;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _time;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        var configuredKey = options.Value.SigningKey;
        _key = string.IsNullOrWhiteSpace(configuredKey) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(configuredKey);
        _lifetime = options.Value.TokenLifetime;
        _time = time;
    }

    public IssuedToken Issue(string conversationId, string userId)
    {
        var grant = new DirectLineToken(conversationId, userId, _time.GetUtcNow() + _lifetime);
        var claims = new TokenClaims(conversationId, userId, grant.ExpiresAt.ToUnixTimeSeconds());
        var unsigned = $"{Header}.{Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims))}";
        return new IssuedToken($"{unsigned}.{Sign(unsigned)}", grant, (int)_lifetime.TotalSeconds);
    }

    /// <summary>A fresh token for the same conversation and user, if the old one is still valid.</summary>
    public IssuedToken? Refresh(string? token)
        => Validate(token) is { } grant ? Issue(grant.ConversationId, grant.UserId) : null;

    /// <summary>The grant of a genuine, unexpired token; null for anything else.</summary>
    public DirectLineToken? Validate(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || parts[0] != Header)
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign($"{parts[0]}.{parts[1]}"));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2])))
        {
            return null;
        }

        var claims = JsonSerializer.Deserialize<TokenClaims>(FromBase64Url(parts[1]));
        if (claims is null || string.IsNullOrEmpty(claims.Conversation) || string.IsNullOrEmpty(claims.User))
        {
            return null;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(claims.ExpiresAt);
        return _time.GetUtcNow() < expiresAt ? new DirectLineToken(claims.Conversation, claims.User, expiresAt) : null;
    }

    private string Sign(string unsigned) => Base64Url(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(unsigned)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }

    private sealed record TokenClaims(
        [property: JsonPropertyName("conv")] string Conversation,
        [property: JsonPropertyName("user")] string User,
        [property: JsonPropertyName("exp")] long ExpiresAt);
}
