using System.Globalization;

namespace CreditBot.Ledger.Csv;

/// <summary>Number, date and flag parsing for CSV cells, per source culture.</summary>
public static class CsvValues
{
    /// <summary>
    /// Parses an amount written with either convention, <c>1.234,56</c>, <c>1,234.56</c>, <c>1 234,56</c> (plain,
    /// no-break or narrow no-break spaces), <c>1'234.56</c>: when both a dot and a comma appear the last one is the
    /// decimal separator; a separator that repeats, or is followed by other than three digits, says what it is.
    /// Only a lone separator followed by exactly three digits (<c>1,234</c>) is read in <paramref name="culture"/>
    /// (en-US: 1234; fr-FR: 1.234), and refused when the culture uses it for neither. Groups must be of three
    /// digits. A leading or trailing minus (SAP), a leading plus and parentheses are signs; a euro sign is dropped.
    /// </summary>
    public static bool TryParseAmount(string? text, CultureInfo culture, out decimal value) => TryParseAmount(text, culture, out value, out _);

    /// <inheritdoc cref="TryParseAmount(string?, CultureInfo, out decimal)"/>
    public static bool TryParseAmount(string? text, CultureInfo culture, out decimal value, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var format = culture.NumberFormat;
        return TryParse(text, Single(format.NumberDecimalSeparator), Single(format.NumberGroupSeparator), out value, out reason);
    }

    /// <summary>
    /// An amount in the client master or orders file: dot or comma decimal, thousands grouped by the other one or
    /// by spaces (as <see cref="TryParseAmount(string?, CultureInfo, out decimal)"/>); a lone dot or comma followed
    /// by exactly three digits (<c>1.234</c>: 1234 or 1,234?) is refused as ambiguous.
    /// </summary>
    public static bool TryParsePlainAmount(string? text, out decimal value) => TryParsePlainAmount(text, out value, out _);

    /// <inheritdoc cref="TryParsePlainAmount(string?, out decimal)"/>
    public static bool TryParsePlainAmount(string? text, out decimal value, out string? reason) => TryParse(text, null, null, out value, out reason);

    private static char? Single(string separator) => separator.Length == 1 ? separator[0] : null;

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\'' or '\u2019';

    private static bool TryParse(string? text, char? decimalHint, char? groupHint, out decimal value, out string? reason)
    {
        value = 0m;
        reason = "not an amount";
        if (string.IsNullOrWhiteSpace(text))
        {
            reason = "blank";
            return false;
        }

        var s = text.Replace("€", "", StringComparison.Ordinal).Trim().Trim('\u00A0', '\u202F');
        var negative = false;
        if (s.Length > 1 && s[0] == '(' && s[^1] == ')')
        {
            negative = true;
            s = s[1..^1];
        }
        else if (s.Length > 1 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        else if (s.Length > 1 && s[^1] is '-' or '+')
        {
            negative = s[^1] == '-';
            s = s[..^1];
        }

        s = s.Trim().Trim('\u00A0', '\u202F');
        if (s.Length == 0 || !s.All(c => char.IsAsciiDigit(c) || c is '.' or ',' || IsSpace(c)) || !s.Any(char.IsAsciiDigit))
        {
            return false;
        }

        var dots = s.Count(c => c == '.');
        var commas = s.Count(c => c == ',');
        char? decimalSeparator = null;
        char? group = null;
        if (dots > 0 && commas > 0)
        {
            decimalSeparator = s[s.LastIndexOfAny(['.', ','])];
            group = decimalSeparator == '.' ? ',' : '.';
            if ((decimalSeparator == '.' ? dots : commas) > 1)
            {
                return false;
            }
        }
        else if (dots + commas > 1)
        {
            group = dots > 0 ? '.' : ',';
        }
        else if (dots + commas == 1)
        {
            var separator = dots > 0 ? '.' : ',';
            var at = s.IndexOf(separator, StringComparison.Ordinal);
            var integer = s[..at];
            var after = s.Length - at - 1;
            var digits = integer.Count(char.IsAsciiDigit);
            if (after != 3 || digits == 0 || integer.TrimStart()[0] == '0' || digits > 3 || integer.Any(IsSpace))
            {
                // 12,50 / 0,125 / 1234,567 / 1 234,567: the separator can only be the decimal one.
                decimalSeparator = separator;
            }
            else if (decimalHint == separator)
            {
                decimalSeparator = separator;
            }
            else if (groupHint == separator)
            {
                group = separator;
            }
            else
            {
                reason = $"ambiguous: a lone '{separator}' before three digits may mark decimals or thousands; write both separators (1.234,00 or 1,234.00) or none";
                return false;
            }
        }

        var integerPart = s;
        var fraction = "";
        if (decimalSeparator is { } d)
        {
            var at = s.LastIndexOf(d);
            integerPart = s[..at];
            fraction = s[(at + 1)..];
            if (fraction.Length == 0 || !fraction.All(char.IsAsciiDigit))
            {
                return false;
            }
        }

        var spaced = integerPart.Any(IsSpace);
        if (spaced && group is not null)
        {
            // 1 234.567,89: two ways of grouping in one number.
            return false;
        }

        string digitsOnly;
        if (spaced || group is not null)
        {
            var groups = spaced ? integerPart.Split(IsSpaceChars) : integerPart.Split(group!.Value);
            if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3) || !groups.All(g => g.All(char.IsAsciiDigit)))
            {
                reason = "thousands separators must separate groups of three digits";
                return false;
            }

            digitsOnly = string.Concat(groups);
        }
        else
        {
            digitsOnly = integerPart;
        }

        if (!decimal.TryParse($"{(digitsOnly.Length == 0 ? "0" : digitsOnly)}{(fraction.Length > 0 ? "." + fraction : "")}", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = negative ? -value : value;
        reason = null;
        return true;
    }

    private static readonly char[] IsSpaceChars = [' ', '\u00A0', '\u202F', '\u2009', '\'', '\u2019'];

    public static bool TryParseDate(string? text, string[] formats, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // Exports often append a midnight time to dates.
        var part = text.Trim();
        var space = part.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            part = part[..space];
        }

        return DateOnly.TryParseExact(part, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    public static bool? ParseFlag(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "1" or "TRUE" or "YES" or "Y" or "OUI" or "O" or "X" or "VRAI" => true,
        "0" or "FALSE" or "NO" or "N" or "NON" or "FAUX" => false,
        _ => null,
    };
}
