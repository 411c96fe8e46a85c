using BackStrength.Storage.Blobs;

namespace BackStrength.Storage.Tests.Blobs;

public sealed class BlobNameEncoderTests
{
    public static TheoryData<string> Keys => new()
    {
        string.Empty,
        "msteams/conversations/19:abc@thread.tacv2",
        "trailing dot.",
        "trailing slash/",
        "./..",
        "emoji 🙂 日本語",
        new string('/', 2000),
        new string('é', 600),
        new string('x', 5000),
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_key_becomes_a_name_azure_accepts(string key)
    {
        var name = BlobNameEncoder.Encode(key);

        Assert.InRange(name.Length, 1, 1024);
        Assert.DoesNotContain('/', name);
        Assert.DoesNotContain('\\', name);
        Assert.False(name.EndsWith('.'), $"'{name}' ends with a dot.");
        Assert.All(name, character => Assert.True(char.IsAscii(character) && !char.IsControl(character), $"'{character}' is not plain ASCII."));
    }

    [Fact]
    public void Readable_keys_stay_readable()
    {
        Assert.Equal("webchat~2Fusers~2Fuser-1_a", BlobNameEncoder.Encode("webchat/users/user-1_a"));
    }

    [Fact]
    public void Different_keys_never_share_a_name()
    {
        var longPrefix = new string('x', 2000);
        string[] keys = ["", "~", "~7E", "a/b", "a~2Fb", "A/b", longPrefix, longPrefix + "y", longPrefix + "z", "xx~~", "é", "~C3~A9"];

        var names = keys.Select(BlobNameEncoder.Encode).ToArray();

        Assert.Equal(keys.Length, names.Distinct(StringComparer.Ordinal).Count());
    }
}
