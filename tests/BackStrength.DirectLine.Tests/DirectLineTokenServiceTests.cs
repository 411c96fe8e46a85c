using BackStrength.DirectLine.Tokens;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.DirectLine.Tests;

public sealed class DirectLineTokenServiceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private DirectLineTokenService CreateService(string signingKey = "a-test-signing-key-of-reasonable-length")
        => new(TestOptions.Create(o => { o.SigningKey = signingKey; o.TokenLifetime = TimeSpan.FromMinutes(30); }), _time);

    [Fact]
    public void A_token_grants_exactly_the_conversation_and_user_it_was_issued_for()
    {
        var tokens = CreateService();

        var issued = tokens.Issue("conversation-a", "dl_user-a");
        var grant = tokens.Validate(issued.Token);

        Assert.Equal(new DirectLineToken("conversation-a", "dl_user-a", _time.GetUtcNow().AddMinutes(30)), grant);
        Assert.Equal(1800, issued.ExpiresInSeconds);
    }

    [Fact]
    public void A_token_whose_claims_were_edited_is_refused()
    {
        var tokens = CreateService();
        var other = tokens.Issue("conversation-b", "dl_user-b").Token.Split('.');
        var mine = tokens.Issue("conversation-a", "dl_user-a").Token.Split('.');

        // Someone pastes another conversation's claims onto their own signature.
        var forged = $"{mine[0]}.{other[1]}.{mine[2]}";

        Assert.Null(tokens.Validate(forged));
    }

    [Fact]
    public void A_token_signed_with_another_key_is_refused()
    {
        var elsewhere = CreateService("some-other-deployment-signing-key").Issue("conversation-a", "dl_user-a");

        Assert.Null(CreateService().Validate(elsewhere.Token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    public void Garbage_is_not_a_token(string? token) => Assert.Null(CreateService().Validate(token));

    [Fact]
    public void A_token_stops_working_when_its_lifetime_is_over()
    {
        var tokens = CreateService();
        var issued = tokens.Issue("conversation-a", "dl_user-a");

        _time.Advance(TimeSpan.FromMinutes(29));
        Assert.NotNull(tokens.Validate(issued.Token));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(tokens.Validate(issued.Token));
    }

    [Fact]
    public void Refreshing_extends_the_same_grant_and_the_new_token_outlives_the_old()
    {
        var tokens = CreateService();
        var original = tokens.Issue("conversation-a", "dl_user-a");
        _time.Advance(TimeSpan.FromMinutes(20));

        var refreshed = tokens.Refresh(original.Token);
        _time.Advance(TimeSpan.FromMinutes(15));

        Assert.NotNull(refreshed);
        Assert.Null(tokens.Validate(original.Token));
        var grant = tokens.Validate(refreshed.Token);
        Assert.Equal(("conversation-a", "dl_user-a"), (grant?.ConversationId, grant?.UserId));
    }

    [Fact]
    public void An_expired_token_cannot_be_refreshed()
    {
        var tokens = CreateService();
        var issued = tokens.Issue("conversation-a", "dl_user-a");
        _time.Advance(TimeSpan.FromMinutes(31));

        Assert.Null(tokens.Refresh(issued.Token));
    }
}
