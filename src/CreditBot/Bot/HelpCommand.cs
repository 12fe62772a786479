namespace CreditBot.Bot;

/// <summary>Recognises the help command; the word used says the language wanted.</summary>
public static class HelpCommand
{
    /// <summary><c>fr</c> for "aide", <c>en</c> for "help", null when the text is not a help request.</summary>
    public static string? Language(string? text)
    {
        var folded = (text ?? string.Empty).Trim().TrimEnd('?', '!', '.', ' ').Trim().ToLowerInvariant();
        return folded switch
        {
            "aide" or "aidez-moi" or "a l'aide" or "à l'aide" or "que sais-tu faire" or "que peux-tu faire" => "fr",
            "help" or "help me" or "what can you do" or "/help" => "en",
            _ => null,
        };
    }
}
