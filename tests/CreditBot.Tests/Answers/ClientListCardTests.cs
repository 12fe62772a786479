using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;

namespace CreditBot.Tests.Answers;

public class ClientListCardTests
{
    [Fact]
    public void Clients_are_sorted_by_the_key_amount_and_cut_with_the_number_left()
    {
        var rows = AnswerSamples.OverdueClients();

        var data = ClientListCard.Data(ClientListKind.Overdue, rows, TurnCulture.English, maxRows: 2);

        var shown = data["rows"]!.AsArray();
        Assert.Equal(["ACME Industries", "Acmé Bâtiment"], shown.Select(row => (string)row!["name"]!));
        Assert.Equal([Figures.Money(Money.Eur(26_800m), TurnCulture.English), "€18,900.00"], shown.Select(row => (string)row!["amount"]!));
        Assert.Equal("C0311 · 1 item · oldest over 90 days", (string?)shown[1]!["detail"]);
        Assert.True((bool)data["hasMore"]!);
        Assert.Equal("and 2 more", (string?)data["more"]);
        Assert.Equal("4 clients · €51,270.50 overdue", (string?)data["subtitle"]);
        Assert.Equal("exposure C0042", (string?)shown[0]!["ask"]);
    }

    [Fact]
    public void An_empty_list_says_so()
    {
        var data = ClientListCard.Data(ClientListKind.OverLimit, [], TurnCulture.French);

        Assert.False((bool)data["hasRows"]!);
        Assert.Equal("Aucun de vos clients ne dépasse sa limite.", (string?)data["empty"]);
        var card = ClientListCard.Render(ClientListKind.OverLimit, [], TurnCulture.French).ToNode();
        Assert.Contains("Aucun de vos clients ne dépasse sa limite.", CardData.Strings(card));
    }

    [Fact]
    public void Blocked_orders_say_which_order_and_why()
    {
        var client = new Client { Code = new ClientCode("C0001"), Name = "Dupont SA" };
        var order = new Order { Client = client.Code, Number = "CMD-7", Date = AnswerSamples.AsOf, Amount = Money.Eur(3_000m) };
        var decision = BlockRules.Evaluate(client, Array.Empty<OpenItem>(), [], order, AnswerSamples.AsOf);

        var data = ClientListCard.Data(ClientListKind.BlockedOrders, [ClientListRow.BlockedOrder(client, order, decision)], TurnCulture.English);

        Assert.Equal("C0001 · order CMD-7: no credit line", (string?)data["rows"]![0]!["detail"]);
        Assert.Equal("1 order · €3,000.00 on hold", (string?)data["subtitle"]);
    }
}
