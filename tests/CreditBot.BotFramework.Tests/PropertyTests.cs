using CreditBot.Tests.Support;
using CsCheck;

namespace CreditBot.BotFramework.Tests;

public sealed class PropertyTests
{
    private static readonly Gen<string> Id = Gen.String[Gen.Char[" !#$%&'()*+,-./0123456789:;<=>?@ABCXYZ[]^_`abcxyz{|}~é€"], 1, 40];

    [Fact]
    public void Any_id_escaped_into_a_path_segment_comes_back_unchanged()
    {
        Id.Sample(id =>
        {
            var uri = ConnectorClient.BuildUri("https://smba.trafficmanager.net/teams/", "v3/conversations/" + Uri.EscapeDataString(id) + "/activities");

            var segments = uri.AbsolutePath.Split('/');

            return segments.Length == 6 && Uri.UnescapeDataString(segments[4]) == id && uri.AbsolutePath.StartsWith("/teams/v3/", StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Removing_the_bot_mention_leaves_the_rest_of_the_text_trimmed()
    {
        Gen.String[Gen.Char.AlphaNumeric, 0, 30].Sample(rest =>
        {
            var activity = ActivityBuilder.ChannelMention().WithText("<at>TestBot</at> " + rest + "\n").Build();

            return activity.RemoveRecipientMention() == rest.Trim();
        });
    }
}
