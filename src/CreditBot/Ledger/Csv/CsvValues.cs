using System.Globalization;

namespace CreditBot.Ledger.Csv;

/// <summary>Number, date and flag parsing for CSV cells, per source culture.</summary>
public static class CsvValues
{
    /// <summary>
    /// Parses an amount in <paramref name="culture"/>: its group separators (including the French
    /// no-break and narrow no-break spaces, and plain spaces) are dropped; a trailing minus (SAP) and
    /// parentheses count as negative.
    /// </summary>
    public static bool TryParseAmount(string? text, CultureInfo culture, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(culture);
        value = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var format = culture.NumberFormat;
        var cleaned = text.Replace("\u202F", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
            .Replace("€", "", StringComparison.Ordinal);
        if (format.NumberGroupSeparator.Trim().Length > 0)
        {
            cleaned = cleaned.Replace(format.NumberGroupSeparator, "", StringComparison.Ordinal);
        }

        var negative = false;
        if (cleaned.StartsWith('(') && cleaned.EndsWith(')'))
        {
            negative = true;
            cleaned = cleaned[1..^1];
        }
        else if (cleaned.EndsWith('-'))
        {
            negative = true;
            cleaned = cleaned[..^1];
        }

        if (!decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, format, out value))
        {
            return false;
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    /// <summary>An amount in the client master or orders file: dot or comma decimal, spaces ignored.</summary>
    public static bool TryParsePlainAmount(string? text, out decimal value)
    {
        value = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var cleaned = text.Replace("\u202F", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (cleaned.Contains(',', StringComparison.Ordinal) && !cleaned.Contains('.', StringComparison.Ordinal))
        {
            cleaned = cleaned.Replace(',', '.');
        }

        return decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

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
