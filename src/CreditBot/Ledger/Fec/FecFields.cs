namespace CreditBot.Ledger.Fec;

/// <summary>Span parsers for the FEC's numbers and dates (A47 A-1 XII), allocation-free.</summary>
public static class FecFields
{
    /// <summary>
    /// Parses a FEC amount: decimal comma (a dot is tolerated), no thousands separator, optional zero or
    /// space padding, sign first or last (<c>-12,50</c>, <c>12,50-</c>, <c> 000000000001437,12</c>).
    /// A blank field is zero.
    /// </summary>
    public static bool TryParseAmount(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        text = text.Trim(' ');
        if (text.IsEmpty)
        {
            return true;
        }

        var negative = false;
        if (text[0] is '-' or '+')
        {
            negative = text[0] == '-';
            text = text[1..].TrimStart(' ');
        }
        else if (text[^1] is '-' or '+')
        {
            negative = text[^1] == '-';
            text = text[..^1].TrimEnd(' ');
        }

        if (text.IsEmpty)
        {
            return false;
        }

        long mantissa = 0;
        var scale = -1;
        var digits = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                if (mantissa > 99_999_999_999_999_999L / 10)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (c - '0');
                digits++;
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (c is ',' or '.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || scale > 28)
        {
            return false;
        }

        value = new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>Parses <c>AAAAMMJJ</c> (surrounding spaces allowed, nothing else).</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        text = text.Trim(' ');
        if (text.Length != 8)
        {
            return false;
        }

        var n = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            n = (n * 10) + (c - '0');
        }

        var year = n / 10000;
        var month = n / 100 % 100;
        var day = n % 100;
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Reads <c>Sens</c>: D or +1 is a debit (1), C or -1 a credit (-1); anything else 0.</summary>
    public static int ParseSense(ReadOnlySpan<char> text)
    {
        text = text.Trim(' ');
        if (text.Equals("D", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("+1") || text.SequenceEqual("1"))
        {
            return 1;
        }

        return text.Equals("C", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("-1") ? -1 : 0;
    }
}
