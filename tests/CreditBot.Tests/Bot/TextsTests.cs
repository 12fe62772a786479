using System.Globalization;
using CreditBot.Bot;
using T = CreditBot.Texts.Texts;

namespace CreditBot.Tests.Bot;

public class TextsTests
{
    public static TheoryData<string> Catalogs() => ["Texts.resx", "Answers.resx", "Digests.resx"];

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Every_text_exists_in_French_and_English_and_they_differ(string name)
    {
        var catalog = name == T.Catalog.FileName ? T.Catalog : name == CreditBot.Texts.DigestTexts.Catalog.FileName ? CreditBot.Texts.DigestTexts.Catalog : CreditBot.Texts.AnswerTexts.Catalog;

        var english = catalog.Keys(CultureInfo.InvariantCulture);
        var french = catalog.Keys(CultureInfo.GetCultureInfo("fr"));

        Assert.NotEmpty(english);
        Assert.Equal(english, french);
        foreach (var key in english)
        {
            Assert.NotEqual(catalog.Get(key, TurnCulture.English), catalog.Get(key, TurnCulture.French));
        }
    }

    [Theory]
    [InlineData("fr-FR", "fr-FR")]
    [InlineData("fr-CA", "fr-CA")]
    [InlineData("en-GB", "en-GB")]
    [InlineData("en", "en-US")]
    [InlineData("de-DE", "fr-FR")]
    [InlineData(null, "fr-FR")]
    [InlineData("not a locale", "fr-FR")]
    public void The_turn_culture_comes_from_the_locale_and_falls_back_to_French(string? locale, string expected)
    {
        var activity = new BotFramework.Activity { Type = "message", Locale = locale };

        var culture = TurnCulture.For(activity);

        Assert.Equal(expected, culture.Name);
    }

    [Fact]
    public void A_saved_preference_applies_when_the_activity_has_no_locale()
    {
        var activity = new BotFramework.Activity { Type = "message" };

        var culture = TurnCulture.For(activity, savedPreference: "en-GB");

        Assert.Equal("en-GB", culture.Name);
    }
    [Theory]
    [InlineData("fr", "en-US", null, "fr-FR")]
    [InlineData("en", "fr-FR", null, "en-US")]
    [InlineData("en", "en-GB", null, "en-GB")]
    [InlineData("fr", "en-US", "fr-CA", "fr-CA")]
    [InlineData("en", "fr-FR", "en-GB", "en-GB")]
    public void The_words_of_the_question_decide_before_the_preference_and_the_locale(string words, string? locale, string? saved, string expected)
    {
        var activity = new BotFramework.Activity { Type = "message", Locale = locale };

        var culture = TurnCulture.For(activity, saved, words);

        Assert.Equal(expected, culture.Name);
    }

    [Theory]
    [InlineData("en-US", "fr-FR", "fr-FR")]
    [InlineData("fr-FR", "en-GB", "en-GB")]
    public void Without_telling_words_the_saved_preference_comes_before_the_locale(string locale, string saved, string expected)
    {
        var activity = new BotFramework.Activity { Type = "message", Locale = locale };

        var culture = TurnCulture.For(activity, saved);

        Assert.Equal(expected, culture.Name);
    }

    [Theory]
    [InlineData("encours acme", "fr")]
    [InlineData("ou en est dupont", "fr")]
    [InlineData("exposure acme", "en")]
    [InlineData("how does acme pay", "en")]
    [InlineData("aide", "fr")]
    [InlineData("help", "en")]
    public void The_parser_tells_the_language_of_the_words(string text, string language)
    {
        Assert.Equal(language, CreditBot.Questions.QuestionParser.Parse(text).Language);
    }
}
