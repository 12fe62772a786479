using System.Globalization;
using System.Text.Json;
using CreditBot.Bot;

namespace CreditBot.Committee;

/// <summary>Card inputs as the server reads them: numbers typed as text or sent as numbers, dates as <c>yyyy-MM-dd</c>.</summary>
internal static class CardInputs
{
    public static decimal? Number(CardAction action, string name)
    {
        if (action.Data is not { ValueKind: JsonValueKind.Object } data || !data.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
            JsonValueKind.String when value.GetString() is { Length: > 0 and <= 40 } text => Questions.Figures.ReadNumber(text.Trim(), hasMultiplier: false),
            _ => null,
        };
    }

    public static DateOnly? Date(CardAction action, string name) =>
        action.DataString(name) is { Length: > 0 } text
        && DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    public static string? Text(CardAction action, string name, int maxLength) =>
        action.DataString(name) is { } text && text.Trim() is { Length: > 0 } trimmed
            ? trimmed.Length > maxLength ? trimmed[..maxLength] : trimmed
            : null;
}
