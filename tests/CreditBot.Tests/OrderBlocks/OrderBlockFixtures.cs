using CreditBot.Ledger;
using CreditBot.Tests.Ledger;

namespace CreditBot.Tests.OrderBlocks;

/// <summary>
/// The ledger fixtures with ACME's order CMD-001 (12 000, salesperson Camille) blocked on 1/6/2024 because F002
/// (600, due 29/2) is overdue; and the people who decide: Claire (credit manager, Industrie), Bruno (credit manager,
/// Distribution), Paul (CFO, every unit), Camille (ACME's salesperson, also a credit manager: four eyes).
/// </summary>
internal static class OrderBlockFixtures
{
    public const string AcmeOrder = "C001|CMD-001";
    public const string Claire = "0f0e0d0c-0000-4000-8000-00000000c1a1";
    public const string Bruno = "0f0e0d0c-0000-4000-8000-00000000b2b2";
    public const string Paul = "0f0e0d0c-0000-4000-8000-00000000c3f0";
    public const string Camille = "0f0e0d0c-0000-4000-8000-00000000ca3e";

    public static Dictionary<string, string?> People(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["People:Directory:0:ObjectId"] = Claire,
            ["People:Directory:0:Name"] = "Claire Moreau",
            ["People:Directory:0:Roles:0"] = "CreditManager",
            ["People:Directory:0:BusinessUnits:0"] = "Industrie",
            ["People:Directory:0:Language"] = "fr",
            ["People:Directory:1:ObjectId"] = Bruno,
            ["People:Directory:1:Name"] = "Bruno Lambert",
            ["People:Directory:1:Roles:0"] = "CreditManager",
            ["People:Directory:1:BusinessUnits:0"] = "Distribution",
            ["People:Directory:1:Language"] = "en",
            ["People:Directory:2:ObjectId"] = Paul,
            ["People:Directory:2:Name"] = "Paul Lefebvre",
            ["People:Directory:2:Roles:0"] = "Cfo",
            ["People:Directory:2:Language"] = "en",
            ["People:Directory:3:ObjectId"] = Camille,
            ["People:Directory:3:Upn"] = "camille.martin@contoso.example",
            ["People:Directory:3:Name"] = "Camille Martin",
            ["People:Directory:3:Roles:0"] = "CreditManager",
            ["People:Directory:3:BusinessUnits:0"] = "Industrie",
            ["People:Directory:3:Language"] = "en",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>The fixtures (plus one new prepayment order, so no import is skipped as unchanged), with ACME's order at <paramref name="acmeOrder"/> and F002 paid on 1/3 when <paramref name="f002Paid"/>.</summary>
    public static ImportRequest Import(string folder, decimal acmeOrder = 12_000m, bool f002Paid = false, int moreAcmeOrders = 0)
    {
        var fec = Fixture.Text("fec-basic.txt");
        if (f002Paid)
        {
            fec = fec.Replace(
                "C001\tACME Industrie SAS\tF002\t20240110\tFacture F002\t600,00\t0,00\t\t\t20240110",
                "C001\tACME Industrie SAS\tF002\t20240110\tFacture F002\t600,00\t0,00\tAC\t20240301\t20240110",
                StringComparison.Ordinal).TrimEnd('\n')
                + "\nBQ\tBanque\t4\t20240301\t512000\tAutre\t\t\tVIR0301\t20240301\tVirement ACME\t600,00\t0,00\t\t\t20240301\t\t"
                + "\nBQ\tBanque\t4\t20240301\t411000\tClients\tC001\tACME Industrie SAS\tVIR0301\t20240301\tVirement ACME\t0,00\t600,00\tAC\t20240301\t20240301\t\t\n";
        }

        var orders = Fixture.Text("orders.csv").Replace("C001,CMD-001,2024-05-20,12000.00", FormattableString.Invariant($"C001,CMD-001,2024-05-20,{acmeOrder:0.00}"), StringComparison.Ordinal);
        var name = Guid.NewGuid().ToString("N")[..8];

        // A prepayment order with a new number each time: every import differs (none is skipped as unchanged), none blocks.
        orders = orders.TrimEnd('\n') + $"\nC002,P-{name},2024-05-22,1.00,true,\n";
        for (var i = 1; i <= moreAcmeOrders; i++)
        {
            orders += FormattableString.Invariant($"C001,CMD-1{i:00},2024-05-21,{1_000m * i:0.00},false,\n");
        }

        return new ImportRequest("fec", [LedgerInput.FromFile(Fixture.Write(folder, $"fec-{name}.txt", fec))])
        {
            ClientMaster = LedgerInput.FromFile(Fixture.Path("clients.csv")),
            Orders = LedgerInput.FromFile(Fixture.Write(folder, $"orders-{name}.csv", orders)),
        };
    }
}
