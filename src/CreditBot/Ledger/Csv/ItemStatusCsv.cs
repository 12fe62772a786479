using CreditBot.Domain.Clients;

namespace CreditBot.Ledger.Csv;

/// <summary>
/// Reads the open item status CSV: what the ledger does not say about an item (an FEC has no dispute flag).
/// Columns: <c>Client</c>, <c>Number</c>, <c>Disputed</c> (yes/no), <c>PromiseToPay</c> (date), <c>DunningLevel</c> (0-9).
/// Rows for items that are no longer open are ignored.
/// </summary>
public static class ItemStatusCsv
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy"];

    public static Dictionary<(string Client, string Number), ItemStatus> Read(LedgerInput input, LedgerBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(batch);
        var statuses = new Dictionary<(string, string), ItemStatus>();
        using var table = CsvTable.Open(input, null, batch, cancellationToken, "Client", "Number");
        if (table is null)
        {
            return statuses;
        }

        while (table.Read())
        {
            if (table.RowIsBlank())
            {
                continue;
            }

            var client = table.Get("Client");
            var number = table.Get("Number");
            if (client is null || number is null)
            {
                batch.AddProblem(ImportProblem.At(table.Position, client is null ? "Client" : "Number", "blank"));
                continue;
            }

            var disputedText = table.Get("Disputed");
            var disputed = CsvValues.ParseFlag(disputedText);
            if (disputedText is not null && disputed is null)
            {
                batch.AddProblem(ImportProblem.At(table.Position, "Disputed", $"'{disputedText}' is not a yes/no flag"));
                continue;
            }

            DateOnly? promise = null;
            if (table.Get("PromiseToPay") is { } promiseText)
            {
                if (!CsvValues.TryParseDate(promiseText, DateFormats, out var date))
                {
                    batch.AddProblem(ImportProblem.At(table.Position, "PromiseToPay", $"'{promiseText}' is not a date yyyy-MM-dd"));
                    continue;
                }

                promise = date;
            }

            var dunning = 0;
            if (table.Get("DunningLevel") is { } dunningText && (!int.TryParse(dunningText, out dunning) || dunning is < 0 or > 9))
            {
                batch.AddProblem(ImportProblem.At(table.Position, "DunningLevel", $"'{dunningText}' is not a level 0-9"));
                continue;
            }

            statuses[(new ClientCode(client).Value, number)] = new ItemStatus(disputed ?? false, promise, dunning);
        }

        return statuses;
    }
}

/// <summary>Status of one open item from <see cref="ItemStatusCsv"/>.</summary>
public sealed record ItemStatus(bool Disputed, DateOnly? PromiseToPay, int DunningLevel);
