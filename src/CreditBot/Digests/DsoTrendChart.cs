using System.Globalization;
using ScottPlot;

namespace CreditBot.Digests;

/// <summary>
/// The weekly summary's trend: count-back DSO of the last weeks as a line (ScottPlot, PNG), with the target as a
/// dashed line when one is set. Small enough to travel inside the card as a data URI (Teams fetches no image from
/// the bot), and at most 1 024 px wide.
/// </summary>
public static class DsoTrendChart
{
    public const int Width = 520;
    public const int Height = 200;

    // SkiaSharp's self-contained Linux build cannot ask fontconfig for a font: without a font file the chart has no
    // text at all. These are Debian's fonts-dejavu-core (a dependency of the renderer's Chromium) and Liberation.
    private static readonly string[] FontFiles =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    ];

    private static readonly Lazy<string?> ChartFont = new(() =>
    {
        foreach (var file in FontFiles.Where(File.Exists))
        {
            Fonts.AddFontFile("CreditBot Chart", file);
            return "CreditBot Chart";
        }

        return null;
    });

    /// <summary>
    /// A PNG of the points in date order; null with fewer than two points (no trend to draw). Recorded weeks are filled
    /// dots, weeks recomputed from the ledger hollow ones (the card's note under the chart says so).
    /// </summary>
    public static byte[]? Render(IReadOnlyList<DsoTrendPoint> points, decimal? target, CultureInfo culture, string title)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 2)
        {
            return null;
        }

        var ordered = points.OrderBy(p => p.Week).ToList();
        var plot = new Plot();
        if (ChartFont.Value is { } font)
        {
            plot.Font.Set(font);
        }

        var color = new Color(0x46, 0x4E, 0xB8);
        // Weeks from the first point, so a week left out leaves its gap.
        var xs = ordered.Select(p => (p.Week.DayNumber - ordered[0].Week.DayNumber) / 7.0).ToArray();
        var ys = ordered.Select(p => (double)p.Dso).ToArray();
        var line = plot.Add.Scatter(xs, ys);
        line.LineWidth = 2;
        line.MarkerSize = 0;
        line.Color = color;
        foreach (var source in new[] { DsoTrendSource.Recomputed, DsoTrendSource.Recorded })
        {
            var indexes = Enumerable.Range(0, ordered.Count).Where(i => ordered[i].Source == source).ToList();
            if (indexes.Count == 0)
            {
                continue;
            }

            var markers = plot.Add.Markers(indexes.Select(i => xs[i]).ToArray(), indexes.Select(i => ys[i]).ToArray());
            markers.MarkerShape = source == DsoTrendSource.Recorded ? MarkerShape.FilledCircle : MarkerShape.OpenCircle;
            markers.MarkerSize = source == DsoTrendSource.Recorded ? 8 : 7;
            markers.MarkerLineWidth = 1.5f;
            markers.Color = color;
        }

        if (target is { } t and > 0m)
        {
            var goal = plot.Add.HorizontalLine((double)t);
            goal.LinePattern = LinePattern.Dashed;
            goal.Color = new Color(0xC4, 0x31, 0x4B);
        }

        // Every other week is labelled, so thirteen dates do not run into each other.
        plot.Axes.Bottom.SetTicks(xs, [.. ordered.Select((p, i) => i % 2 == (ordered.Count - 1) % 2 ? p.Week.ToString("d MMM", culture) : string.Empty)]);
        plot.Axes.Left.Label.Text = culture.TwoLetterISOLanguageName == "fr" ? "jours" : "days";
        plot.Title(title);
        plot.Axes.Margins(0.08, 0.2);

        // Gridlines and the plot frame add thousands of anti-aliased pixels; the PNG has to fit in a Teams message.
        plot.HideGrid();
        using var image = plot.GetImage(Width, Height);
        var rgb = image.GetArrayRGB();
        Func<int, int, (byte, byte, byte)> pixel = rgb.GetLength(0) == Width
            ? (x, y) => (rgb[x, y, 0], rgb[x, y, 1], rgb[x, y, 2])
            : (x, y) => (rgb[y, x, 0], rgb[y, x, 1], rgb[y, x, 2]);
        return IndexedPng.Encode(pixel, Width, Height) ?? image.GetImageBytes(ImageFormat.Png);
    }
}
