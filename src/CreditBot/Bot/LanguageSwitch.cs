using System.Globalization;
using System.Text;

namespace CreditBot.Bot;

/// <summary>
/// "english please", "en français", "in French", "parle anglais": a request to change the language the bot answers
/// in. Kept apart from the question parser: the whole message must be such a request, so a question that merely
/// names a language ("DSO France") is never taken for one.
/// </summary>
public static class LanguageSwitch
{
    private static readonly HashSet<string> Courtesy = new(StringComparer.Ordinal)
    {
        "please", "pls", "plz", "in", "speak", "answer", "reply", "switch", "to", "now", "from", "on",
        "en", "parle", "parlez", "reponds", "repondez", "svp", "stp", "merci", "s", "il", "te", "vous", "plait", "passe", "passez",
    };

    private static readonly Dictionary<string, string> Languages = new(StringComparer.Ordinal)
    {
        ["english"] = "en",
        ["anglais"] = "en",
        ["french"] = "fr",
        ["francais"] = "fr",
    };

    /// <summary>The language asked for (<c>fr</c> or <c>en</c>), or null when the text is not such a request.</summary>
    public static string? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60)
        {
            return null;
        }

        string? language = null;
        foreach (var word in Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Languages.TryGetValue(word, out var named))
            {
                if (language is not null && language != named)
                {
                    return null;
                }

                language = named;
            }
            else if (!Courtesy.Contains(word))
            {
                return null;
            }
        }

        return language;
    }

    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return folded.ToString();
    }
}
