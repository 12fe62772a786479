using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace CreditBot.BotFramework;

/// <summary>
/// Makes a value that came from outside (an activity's ids, a card verb, a key id, an error code)
/// safe to log: control and invisible formatting characters are escaped, so a value cannot forge a
/// log line, and a long value is cut, so it cannot flood the log.
/// </summary>
public static class LogValue
{
    /// <summary>Longest value logged whole; longer ones keep this many characters.</summary>
    public const int MaxLength = 200;

    // The ASCII characters to escape: C0 controls, DEL and the backslash (so an escape cannot be faked).
    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\u007f\\");

    /// <summary>
    /// The value with CR, LF, tab and backslash written as <c>\r</c>, <c>\n</c>, <c>\t</c> and
    /// <c>\\</c>, other control, separator and formatting characters (bidi overrides, zero-width) as
    /// <c>\uXXXX</c>, and, past <see cref="MaxLength"/> characters, cut with
    /// <c>…(N chars)</c> giving the original length. Null stays null; a safe value is returned as is.
    /// </summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Of(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length <= MaxLength && !value.AsSpan().ContainsAny(Unsafe))
        {
            var clean = true;
            foreach (var c in value)
            {
                if (c > '\u007e' && NeedsEscape(c))
                {
                    clean = false;
                    break;
                }
            }

            if (clean)
            {
                return value;
            }
        }

        var kept = Math.Min(value.Length, MaxLength);

        // Never split a surrogate pair: half of one would be logged as garbage.
        if (kept < value.Length && char.IsHighSurrogate(value[kept - 1]))
        {
            kept--;
        }

        var builder = new StringBuilder(kept + 16);
        foreach (var c in value.AsSpan(0, kept))
        {
            switch (c)
            {
                case '\r': builder.Append(@"\r"); break;
                case '\n': builder.Append(@"\n"); break;
                case '\t': builder.Append(@"\t"); break;
                case '\\': builder.Append(@"\\"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        builder.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        if (kept < value.Length)
        {
            builder.Append("…(").Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(" chars)");
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format;
}
