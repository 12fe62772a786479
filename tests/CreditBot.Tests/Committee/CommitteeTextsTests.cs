using System.Globalization;
using CreditBot.Bot;
using CreditBot.Texts;

namespace CreditBot.Tests.Committee;

public class CommitteeTextsTests
{
    // Pure formats and words both languages write the same way.
    private static readonly HashSet<string> SameInBoth = ["form.justification", "route.CreditManager", "vote.line", "note.justification", "mine.line", "minutes.votes"];

    [Fact]
    public void Every_committee_text_exists_in_French_and_English()
    {
        var english = CommitteeTexts.Catalog.Keys(CultureInfo.InvariantCulture);
        var french = CommitteeTexts.Catalog.Keys(CultureInfo.GetCultureInfo("fr"));

        Assert.NotEmpty(english);
        Assert.Equal(english, french);
        Assert.All(english.Where(key => !SameInBoth.Contains(key)), key =>
            Assert.NotEqual(CommitteeTexts.Get(key, TurnCulture.English), CommitteeTexts.Get(key, TurnCulture.French)));
    }
}
