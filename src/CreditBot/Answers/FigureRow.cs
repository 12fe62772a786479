using System.Text.Json.Nodes;

namespace CreditBot.Answers;

/// <summary>How a figure reads on a card: the Adaptive Card text colour of its value.</summary>
public enum Tone
{
    Default,
    Good,
    Warning,
    Attention,
}

/// <summary>
/// One line of figures on a card, label left and value right, with an optional note under the label. Rows are
/// built here, so templates repeat one layout and absent figures simply have no row.
/// </summary>
public static class FigureRow
{
    public static JsonObject Of(string label, string value, string? note = null, Tone tone = Tone.Default) => new()
    {
        ["label"] = label,
        ["value"] = value,
        ["note"] = note ?? string.Empty,
        ["hasNote"] = !string.IsNullOrEmpty(note),
        ["color"] = tone.ToString(),
    };

    public static JsonArray List(IEnumerable<JsonObject> rows)
    {
        var array = new JsonArray();
        foreach (var row in rows)
        {
            array.Add(row);
        }

        return array;
    }

    public static JsonArray Texts(IEnumerable<string> lines)
    {
        var array = new JsonArray();
        foreach (var line in lines)
        {
            array.Add(new JsonObject { ["text"] = line });
        }

        return array;
    }
}
