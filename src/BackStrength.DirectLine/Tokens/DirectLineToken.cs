namespace BackStrength.DirectLine.Tokens;

/// <summary>What a valid token grants: one user in one conversation until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

/// <summary>A token as handed to a client, with its lifetime in seconds as Direct Line reports it.</summary>
public sealed record IssuedToken(string Token, DirectLineToken Grant, int ExpiresInSeconds);
