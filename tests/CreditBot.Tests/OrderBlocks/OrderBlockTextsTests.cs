using CreditBot.Bot;
using T = CreditBot.Texts.OrderBlockTexts;

namespace CreditBot.Tests.OrderBlocks;

public class OrderBlockTextsTests
{
    [Fact]
    public void Every_text_exists_in_French_and_English_and_they_differ()
    {
        var english = T.Catalog.Keys(System.Globalization.CultureInfo.InvariantCulture);
        var french = T.Catalog.Keys(System.Globalization.CultureInfo.GetCultureInfo("fr"));

        Assert.NotEmpty(english);
        Assert.Equal(english, french);
        Assert.All(english, key => Assert.NotEqual(T.Get(key, TurnCulture.English), T.Get(key, TurnCulture.French)));
    }
}
