using CreditBot.Bot;

namespace CreditBot.Tests.Bot;

public class LanguageSwitchTests
{
    [Theory]
    [InlineData("english please", "en")]
    [InlineData("English, please!", "en")]
    [InlineData("in English", "en")]
    [InlineData("en anglais svp", "en")]
    [InlineData("parle anglais s'il te plaît", "en")]
    [InlineData("en français", "fr")]
    [InlineData("En Francais !", "fr")]
    [InlineData("french please", "fr")]
    [InlineData("répondez en français s'il vous plaît", "fr")]
    public void A_request_for_a_language_names_it(string text, string expected)
    {
        Assert.Equal(expected, LanguageSwitch.Parse(text));
    }

    [Theory]
    [InlineData("DSO France")]
    [InlineData("encours ACME")]
    [InlineData("english ACME")]
    [InlineData("en")]
    [InlineData("please")]
    [InlineData("english or french")]
    [InlineData("")]
    public void Anything_else_is_not_a_language_request(string text)
    {
        Assert.Null(LanguageSwitch.Parse(text));
    }
}
