namespace CreditBot.BotFramework.Tests;

public sealed class LogValueTests
{
    [Fact]
    public void A_safe_value_is_returned_as_it_is()
    {
        const string id = "19:6848abc@thread.tacv2;messageid=1759881511856";

        Assert.Same(id, LogValue.Of(id));
        Assert.Null(LogValue.Of(null));
    }

    [Theory]
    [InlineData("nope\r\nwarn: Security[1]\n FORGED", @"nope\r\nwarn: Security[1]\n FORGED")]
    [InlineData("a\tb", @"a\tb")]
    [InlineData("a\\nb", @"a\\nb")]
    [InlineData("bell\u0007esc\u001b[31m", @"bell\u0007esc\u001b[31m")]
    [InlineData("next\u0085line\u2028sep\u2029para", @"next\u0085line\u2028sep\u2029para")]
    [InlineData("evil\u202egnp.exe\u200b", @"evil\u202egnp.exe\u200b")]
    [InlineData("café – 12 345,67 €", "café – 12 345,67 €")]
    public void Control_and_invisible_characters_are_escaped(string value, string logged)
    {
        Assert.Equal(logged, LogValue.Of(value));
    }

    [Fact]
    public void A_long_value_is_cut_at_two_hundred_characters_with_its_length()
    {
        var logged = LogValue.Of(new string('x', 10_000));

        Assert.Equal(new string('x', 200) + "…(10000 chars)", logged);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var value = new string('x', 199) + "😀" + "tail";

        var logged = LogValue.Of(value);

        Assert.Equal(new string('x', 199) + "…(205 chars)", logged);
    }

    [Fact]
    public void A_value_of_exactly_two_hundred_characters_is_whole()
    {
        var value = new string('y', 200);

        Assert.Same(value, LogValue.Of(value));
    }
}
