using System.Text;

namespace CreditBot.Cards;

/// <summary>
/// Shows text someone typed exactly as typed where Teams renders markdown: card text blocks and facts (links, bold,
/// italics, lists) and plain text replies. Without it a question like <c>encours [Valider ici](https://evil.example)</c>
/// comes back as a clickable link in a card the bot signs.
/// </summary>
public static class Markdown
{
    /// <summary>U+2060, zero width: breaks a link pattern without changing what the reader sees.</summary>
    public const char WordJoiner = '\u2060';

    /// <summary>
    /// Backslash-escapes the characters that start markdown anywhere in a line (emphasis, links, code, autolinks,
    /// html) and those that start a block at the beginning of a line (lists, headings, quotes), and breaks bare
    /// addresses with an invisible word joiner. Apply it to the typed text only, once, where it is put into a card
    /// or a reply, never to stored values.
    /// </summary>
    public static string Literal(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 16);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                escaped.Append(c);
                lineStart = true;
                continue;
            }

            if (lineStart && c is ' ' or '\t')
            {
                escaped.Append(c);
                continue;
            }

            if (lineStart && char.IsAsciiDigit(c))
            {
                // "1. item" and "1) item" start an ordered list: escape the mark after the digits.
                var end = i;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                escaped.Append(text, i, end - i);
                if (end < text.Length && text[end] is '.' or ')')
                {
                    escaped.Append('\\').Append(text[end]);
                    end++;
                }

                i = end - 1;
                lineStart = false;
                continue;
            }

            if (c is '\\' or '*' or '_' or '~' or '`' or '[' or ']' or '<' or '>' or '#' or '|'
                || (lineStart && c is '-' or '+' or '='))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            lineStart = false;

            // Autolinks need no markdown: "https://x", "www.x.com", "x.com", "a@x.com" become links in Teams and in
            // markdown-it. An invisible word joiner after the dot, colon, at sign and the first slash of "//"
            // keeps the text as typed on screen while no link pattern matches any more.
            if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])
                && (c is '.' or ':' or '@' || (c == '/' && text[i + 1] == '/')))
            {
                escaped.Append(WordJoiner);
            }
        }

        return escaped.ToString();
    }
}
