using System.Text.Json;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Receivables;
using CreditBot.Ledger;

namespace CreditBot.SamplePlugin;

/// <summary>
/// A sample ledger plugin: open items as JSON Lines, one object per line:
/// <c>{"client":"C1","name":"ACME","number":"F1","issued":"2026-01-05","due":"2026-02-04","amount":120.5,"open":120.5}</c>.
/// <c>due</c> and <c>open</c> are optional (no due date: computed from terms; no open: the whole amount).
/// </summary>
public sealed class JsonLinesSource : ILedgerSource
{
    public string Key => "jsonl";

    public async Task<LedgerBatch> ReadAsync(IReadOnlyList<LedgerInput> inputs, LedgerReadContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(context);
        var batch = new LedgerBatch();
        var names = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            using var reader = new StreamReader(input.Open());
            long number = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                number++;
                batch.LinesRead++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var position = new SourcePosition(input.Name, number);
                Row? row;
                try
                {
                    row = JsonSerializer.Deserialize<Row>(line, Options);
                }
                catch (JsonException exception)
                {
                    batch.AddProblem(ImportProblem.At(position, exception.Path ?? "json", "not a JSON object of the expected shape"));
                    continue;
                }

                if (row is not { Client.Length: > 0, Number.Length: > 0 })
                {
                    batch.AddProblem(ImportProblem.At(position, "client", "client and number are required"));
                    continue;
                }

                if (context.AsOf is { } asOf && row.Issued > asOf)
                {
                    continue;
                }

                var client = new ClientCode(row.Client);
                if (names.TryAdd(row.Client, position))
                {
                    batch.Clients.Add(new LedgerClient(position, new Client { Code = client, Name = row.Name ?? row.Client }, IsMaster: false));
                }

                var open = row.Open ?? row.Amount;
                if (open != 0m)
                {
                    batch.OpenItems.Add(new LedgerOpenItem(
                        position, client, row.Number, open > 0 ? OpenItemKind.Invoice : OpenItemKind.CreditNote,
                        row.Issued, row.Due, new Money(row.Amount, context.Currency), new Money(open, context.Currency)));
                }
            }
        }

        return batch;
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private sealed record Row(string Client, string? Name, string Number, DateOnly Issued, DateOnly? Due, decimal Amount, decimal? Open);
}
