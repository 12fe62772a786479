using System.Globalization;
using System.Text;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;
using CreditBot.OrderBlocks;
using CreditBot.Storage;

namespace CreditBot.Demo;

/// <summary>
/// What a credit manager looks at first to judge whether a book is believable, read from the store after an
/// import: how many clients owe something overdue, how many owe something more than 90 days past due, how many
/// open orders wait for a decision. Printed by <c>creditbot demo --import</c>.
/// </summary>
public sealed record DemoBook(
    DateOnly AsOf,
    int Clients,
    int ClientsWithOverdue,
    int ClientsOver90Days,
    decimal Receivables,
    decimal Overdue,
    decimal Over90Days,
    int OpenOrders,
    int BlockedOrders)
{
    public static DemoBook Read(LedgerStore ledger, IOrderBlockStore blocks, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(blocks);
        var items = ledger.AllOpenItems().Where(item => item.Open.IsPositive).ToList();
        var overdue = items.Where(item => AgedBalance.DaysPast(item, asOf) > 0).ToList();
        var over90 = overdue.Where(item => AgedBalance.DaysPast(item, asOf) > 90).ToList();
        var orders = ledger.AllOrders();
        var ids = orders.Select(order => OrderBlock.IdOf(order.Client, order.Number)).ToHashSet(StringComparer.Ordinal);
        return new DemoBook(
            asOf,
            ledger.AllClients().Count,
            overdue.Select(item => item.Client).Distinct().Count(),
            over90.Select(item => item.Client).Distinct().Count(),
            items.Sum(item => item.Open.Amount),
            overdue.Sum(item => item.Open.Amount),
            over90.Sum(item => item.Open.Amount),
            orders.Count,
            blocks.Open().Count(block => ids.Contains(block.Id)));
    }

    public string ToText()
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(culture, $"Demo book as of {AsOf:yyyy-MM-dd}: {Clients} clients").AppendLine();
        text.Append(culture, $"  clients with an overdue item: {ClientsWithOverdue} ({Share(ClientsWithOverdue, Clients)}); with an item over 90 days past due: {ClientsOver90Days} ({Share(ClientsOver90Days, Clients)})").AppendLine();
        text.Append(culture, $"  overdue {Overdue:N2} of {Receivables:N2} receivables ({Share(Overdue, Receivables)}), over 90 days {Over90Days:N2} ({Share(Over90Days, Receivables)})").AppendLine();
        text.Append(culture, $"  open orders: {OpenOrders}, blocked waiting for a decision: {BlockedOrders} ({Share(BlockedOrders, OpenOrders)})").AppendLine();
        text.AppendLine("  (items past their due date at the cut-off, invoices and debit items only; blocks by the OrderBlocks rules in force)");
        return text.ToString();
    }

    private static string Share(decimal part, decimal whole) =>
        whole == 0m ? "-" : (part / whole).ToString("P1", CultureInfo.InvariantCulture);
}
