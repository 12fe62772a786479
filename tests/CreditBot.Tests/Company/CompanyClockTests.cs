using CreditBot.Company;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CreditBot.Tests.Company;

public class CompanyClockTests
{
    [Theory]
    [InlineData("2026-03-28T22:59:00Z", "2026-03-28", 1)] // winter time in Paris: 23:59 on the 28th
    [InlineData("2026-03-28T23:00:00Z", "2026-03-29", 1)] // midnight in Paris
    [InlineData("2026-03-29T22:30:00Z", "2026-03-30", 2)] // summer time since 29 March 02:00: 00:30 on the 30th
    public void Today_and_now_are_the_company_zones_whatever_the_servers(string utc, string today, int offsetHours)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        time.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland"));

        var clock = new CompanyClock(time, Options.Create(new CompanyOptions { TimeZone = "Europe/Paris" }));

        Assert.Equal(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), clock.Today);
        Assert.Equal(TimeSpan.FromHours(offsetHours), clock.Now.Offset);
        Assert.Equal(time.GetUtcNow(), clock.Now);
    }
}
