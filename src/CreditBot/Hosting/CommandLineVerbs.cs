using System.CommandLine;
using CreditBot.Delivery;
using CreditBot.Demo;
using CreditBot.Digests;
using CreditBot.Ledger;
using CreditBot.Questions;
using CreditBot.Storage;
using CreditBot.TeamsApp;

namespace CreditBot.Hosting;

/// <summary>The verbs of the executable, one factory per feature.</summary>
internal static class CommandLineVerbs
{
    public static IEnumerable<Command> All()
    {
        yield return LedgerCommands.Import();
        yield return DemoCommands.Demo();
        yield return AskCommand.Create();
        yield return StorageCommands.Backup();
        yield return StorageCommands.Restore();
        yield return ManifestCommands.Manifest();
        yield return DeliveryCommands.Deliveries();
        yield return OrderBlocks.OrderBlockCommands.Blocks();
        yield return DigestCommands.Digest();
    }
}
