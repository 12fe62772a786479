using CreditBot.Company;
using CreditBot.Domain.LatePayment;
using CreditBot.LatePayment;
using CreditBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CreditBot.Tests.Answers;

/// <summary>The rate table in force: the shipped half-years plus <c>LatePayment:Rates</c>, checked at start.</summary>
public class LatePaymentRatesTests
{
    private static PenaltyRates Rates(DateTimeOffset now, params HalfYearRateSetting[] settings)
    {
        var clock = new CompanyClock(new FakeTimeProvider(now), Options.Create(new CompanyOptions()));
        return new PenaltyRates(Options.Create(new LatePaymentOptions { Rates = [.. settings] }), clock, NullLogger<PenaltyRates>.Instance);
    }

    [Fact]
    public void An_ecb_rate_entered_in_the_settings_completes_the_table()
    {
        var rates = Rates(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero), new HalfYearRateSetting { HalfYear = "2026-H2", EcbRatePercent = 2.15m, Source = "ECB 1 July 2026" });

        Assert.Equal(12.15m, rates.Table.Find(new HalfYear(2026, 2))!.DefaultPenaltyRatePercent);
        Assert.Empty(rates.MissingEcbRates);
        Assert.Equal("complete", rates.Status);
    }

    [Fact]
    public void Without_it_the_missing_half_year_is_named_for_administrators()
    {
        var rates = Rates(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal([new HalfYear(2026, 2)], rates.MissingEcbRates);
        Assert.Contains("H2 2026", rates.Status, StringComparison.Ordinal);
        Assert.Contains("LatePayment:Rates", rates.Status, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_table_covers_every_half_year_up_to_the_first_of_2026()
    {
        var rates = Rates(new DateTimeOffset(2026, 6, 30, 9, 0, 0, TimeSpan.Zero));

        Assert.Empty(rates.MissingEcbRates);
    }

    [Theory]
    [InlineData("2026-07", "2.15", "LatePayment:Rates:0:HalfYear")]
    [InlineData("2026-H2", "215", "LatePayment:Rates:0:EcbRatePercent")]
    public async Task A_bad_rate_setting_stops_the_start_naming_the_key(string halfYear, string rate, string key)
    {
        // The README's run command, in its local mode, with one wrong rate: the process says which key and stops.
        using var folder = new TempFolder();
        var settings = CreditBotChild.LocalModeEnvironment(folder.File("creditbot.db"));
        settings["LatePayment__Rates__0__HalfYear"] = halfYear;
        settings["LatePayment__Rates__0__EcbRatePercent"] = rate;

        var run = await CreditBotCli.RunAsync(settings, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("CreditBot cannot start: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(key, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_half_year_is_read_from_settings_like_2026_H2()
    {
        Assert.True(LatePaymentOptionsValidator.TryParseHalfYear("2026-H2", out var halfYear));
        Assert.Equal(new HalfYear(2026, 2), halfYear);
        Assert.False(LatePaymentOptionsValidator.TryParseHalfYear("H2 2026", out _));
    }
}
