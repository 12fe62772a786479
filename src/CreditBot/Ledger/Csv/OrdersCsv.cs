using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;

namespace CreditBot.Ledger.Csv;

/// <summary>
/// Reads the open orders CSV (columns in Ledger/README.md): confirmed orders not yet invoiced, amount TTC.
/// </summary>
public static class OrdersCsv
{
    public static readonly string[] Columns = ["Client", "Number", "Date", "Amount", "Prepayment", "PlannedDelivery", "Currency"];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy"];

    public static void Read(LedgerInput input, Currency companyCurrency, LedgerBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(batch);
        using var table = CsvTable.Open(input, null, batch, cancellationToken, "Client", "Number", "Date", "Amount");
        if (table is null)
        {
            return;
        }

        var seen = new Dictionary<(string Client, string Number), long>();
        while (table.Read())
        {
            if (table.RowIsBlank())
            {
                continue;
            }

            bool Fail(string field, string reason) => batch.AddProblem(ImportProblem.At(table.Position, field, reason));

            var client = table.Get("Client");
            var number = table.Get("Number");
            if (client is null)
            {
                Fail("Client", "client code is blank");
                continue;
            }

            if (number is null)
            {
                Fail("Number", "order number is blank");
                continue;
            }

            if (seen.TryGetValue((client, number), out var first))
            {
                Fail("Number", $"order {number} of client {client} appears twice (first on line {first})");
                continue;
            }

            seen[(client, number)] = table.Line;
            if (!CsvValues.TryParseDate(table.Get("Date"), DateFormats, out var date))
            {
                Fail("Date", $"'{table.Get("Date")}' is not a date yyyy-MM-dd");
                continue;
            }

            if (!CsvValues.TryParsePlainAmount(table.Get("Amount"), out var amount, out var why))
            {
                Fail("Amount", $"'{table.Get("Amount")}' is not an amount ({why})");
                continue;
            }

            if (amount <= 0)
            {
                Fail("Amount", $"'{table.Get("Amount")}': an open order's amount must be positive");
                continue;
            }

            DateOnly? delivery = null;
            if (table.Get("PlannedDelivery") is { } deliveryText)
            {
                if (!CsvValues.TryParseDate(deliveryText, DateFormats, out var parsed))
                {
                    Fail("PlannedDelivery", $"'{deliveryText}' is not a date yyyy-MM-dd");
                    continue;
                }

                delivery = parsed;
            }

            var currency = companyCurrency;
            if (table.Get("Currency") is { } currencyText)
            {
                if (!CurrencyCodes.IsKnown(currencyText))
                {
                    Fail("Currency", CurrencyCodes.Refusal(currencyText));
                    continue;
                }

                currency = new Currency(currencyText.ToUpperInvariant());
            }

            batch.Orders.Add(new LedgerOrder(table.Position, new Order
            {
                Client = new ClientCode(client),
                Number = number,
                Date = date,
                Amount = new Money(amount, currency),
                Prepayment = CsvValues.ParseFlag(table.Get("Prepayment")) ?? false,
                PlannedDelivery = delivery,
            }));
        }
    }
}
