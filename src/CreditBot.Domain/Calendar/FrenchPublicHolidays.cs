namespace CreditBot.Domain.Calendar;

/// <summary>
/// The French public holidays (jours fériés, Code du travail art. L3133-1) of a year, computed: the fixed ones, and
/// Easter Monday, Ascension and Whit Monday from the Gregorian Easter date. With <c>alsaceMoselle</c>, Good Friday and
/// 26 December too (local law of the Bas-Rhin, Haut-Rhin and Moselle departments).
/// </summary>
public static class FrenchPublicHolidays
{
    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm of Meeus, Jones and Butcher).</summary>
    public static DateOnly Easter(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Every public holiday of <paramref name="year"/> with its French name, in date order.</summary>
    public static IReadOnlyList<(DateOnly Date, string Name)> Of(int year, bool alsaceMoselle = false)
    {
        var easter = Easter(year);
        var days = new List<(DateOnly Date, string Name)>
        {
            (new DateOnly(year, 1, 1), "Jour de l'an"),
            (easter.AddDays(1), "Lundi de Pâques"),
            (new DateOnly(year, 5, 1), "Fête du Travail"),
            (new DateOnly(year, 5, 8), "Victoire 1945"),
            (easter.AddDays(39), "Ascension"),
            (easter.AddDays(50), "Lundi de Pentecôte"),
            (new DateOnly(year, 7, 14), "Fête nationale"),
            (new DateOnly(year, 8, 15), "Assomption"),
            (new DateOnly(year, 11, 1), "Toussaint"),
            (new DateOnly(year, 11, 11), "Armistice 1918"),
            (new DateOnly(year, 12, 25), "Noël"),
        };
        if (alsaceMoselle)
        {
            days.Add((easter.AddDays(-2), "Vendredi saint"));
            days.Add((new DateOnly(year, 12, 26), "Saint-Étienne"));
        }

        return [.. days.OrderBy(day => day.Date)];
    }
}
