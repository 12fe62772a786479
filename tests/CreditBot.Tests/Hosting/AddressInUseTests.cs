using System.Net;
using System.Net.Sockets;
using CreditBot.Hosting;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Hosting;

/// <summary>A second bot started on a taken port says so in one line, not with the host's stack trace as its last word.</summary>
public class AddressInUseTests
{
    [Fact]
    public async Task A_start_on_a_taken_address_stops_with_one_line_saying_what_to_do()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var folder = new TempFolder();
        var settings = CreditBotChild.LocalModeEnvironment(folder.File("creditbot.db"));

        var run = await CreditBotCli.RunAsync(settings, "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(CreditBotCommandLine.AddressInUseExitCode, run.ExitCode);
        var last = run.Error.TrimEnd().Split('\n')[^1];
        Assert.StartsWith("CreditBot cannot start: ", last, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", last, StringComparison.Ordinal);
        Assert.Contains("--urls", last, StringComparison.Ordinal);
    }
}
