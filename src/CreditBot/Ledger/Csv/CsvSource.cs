using System.Globalization;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Receivables;

namespace CreditBot.Ledger.Csv;

/// <summary>
/// Reads receivables CSV exports (one row per item) through a <see cref="CsvColumnMap"/>: SAP FBL5N, Business
/// Central, ERPNext, Odoo, invoice histories, or any layout mapped in configuration. Numbers and dates follow
/// the map's culture and formats; subtotal rows (no document number) and rows of other accounts are skipped.
/// </summary>
public sealed class CsvSource(string key, Func<CsvColumnMap> map) : ILedgerSource
{
    public const string SourceKey = "csv";

    public string Key => key;

    public Task<LedgerBatch> ReadAsync(IReadOnlyList<LedgerInput> inputs, LedgerReadContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(context);
        var batch = new LedgerBatch();
        var columns = map();
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(columns.Culture);
        }
        catch (CultureNotFoundException)
        {
            batch.AddProblem(new ImportProblem("", 0, "Culture", $"'{columns.Culture}' is not a culture name (Ledger:CsvMaps:{key}:Culture)"));
            return Task.FromResult(batch);
        }
        var clients = new Dictionary<string, LedgerClient>(StringComparer.Ordinal);
        var numbers = new Dictionary<(string Client, string Number), SourcePosition>();
        var sales = new Dictionary<(string Client, DateOnly Day, Currency Currency), decimal>();
        foreach (var input in inputs)
        {
            using var table = CsvTable.Open(input, columns.Delimiter, batch, cancellationToken, Required(columns));
            if (table is null)
            {
                continue;
            }

            var itemRows = 0;
            var otherRows = 0;
            while (table.Read())
            {
                batch.LinesRead++;
                if (table.RowIsBlank())
                {
                    continue;
                }

                if (Skipped(table, columns))
                {
                    otherRows++;
                    continue;
                }

                itemRows++;
                if (!ReadRow(table, columns, culture, context, batch, clients, numbers, sales) && batch.Problems.Count >= LedgerBatch.MaxProblems)
                {
                    break;
                }
            }

            if (itemRows == 0)
            {
                // A header alone (or only subtotal rows) would replace every receivable with nothing.
                batch.AddProblem(new ImportProblem(input.Name, 1, "header", otherRows == 0
                    ? "no data row under the header: a ledger file without items is refused (the stored ledger is kept)"
                    : $"no item row: the {otherRows} rows under the header are all subtotals (no {columns.Number}) or other accounts; a ledger file without items is refused (the stored ledger is kept)"));
            }
        }

        batch.Clients.AddRange(clients.Values);
        foreach (var month in sales
                     .GroupBy(s => (s.Key.Client, s.Key.Day.Year, s.Key.Day.Month, s.Key.Currency))
                     .OrderBy(g => g.Key.Client, StringComparer.Ordinal).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.Month))
        {
            var (client, year, number, currency) = month.Key;
            batch.MonthlySales.Add(new MonthlySales(new ClientCode(client), year, number, new Money(month.Sum(d => d.Value), currency))
            {
                Days = [.. month.OrderBy(d => d.Key.Day).Select(d => new DaySales(d.Key.Day, new Money(d.Value, currency)))],
            });
        }

        batch.Notes.Add($"CSV ({key}): {batch.LinesRead} rows, {batch.OpenItems.Count} open items, {batch.Payments.Count} settlements.");
        return Task.FromResult(batch);
    }

    private static string?[] Required(CsvColumnMap map) =>
        [map.Client, map.Number, map.IssueDate, map.Amount, map.Debit, map.Credit, map.DueDate, map.OpenAmount, map.SettledDate, map.Account];

    /// <summary>Subtotal rows (no document number) and rows of other accounts: not items.</summary>
    private static bool Skipped(CsvTable table, CsvColumnMap map) =>
        (map.SkipRowsWithoutNumber && table.Get(map.Number) is null)
        || (map.Account is not null && map.AccountPrefixes is { Length: > 0 }
            && !map.AccountPrefixes.Any(p => table.Get(map.Account)?.StartsWith(p, StringComparison.Ordinal) == true));

    private static bool ReadRow(
        CsvTable table,
        CsvColumnMap map,
        CultureInfo culture,
        LedgerReadContext context,
        LedgerBatch batch,
        Dictionary<string, LedgerClient> clients,
        Dictionary<(string Client, string Number), SourcePosition> numbers,
        Dictionary<(string, DateOnly, Currency), decimal> sales)
    {
        bool Fail(string? field, string reason) => batch.AddProblem(ImportProblem.At(table.Position, field ?? "", reason)) && false;

        var number = table.Get(map.Number);
        var client = table.Get(map.Client);
        if (client is null)
        {
            return Fail(map.Client, "client is blank");
        }

        if (number is null)
        {
            return Fail(map.Number, "document number is blank");
        }

        if (map.UniqueNumbers)
        {
            if (numbers.TryGetValue((client, number), out var first))
            {
                return Fail(map.Number, $"document {number} of client {client} appears twice (first at {first})");
            }

            numbers[(client, number)] = table.Position;
        }

        if (!CsvValues.TryParseDate(table.Get(map.IssueDate), map.EffectiveDateFormats, out var issued))
        {
            return Fail(map.IssueDate, $"'{table.Get(map.IssueDate)}' is not a date ({string.Join(" or ", map.EffectiveDateFormats)})");
        }

        DateOnly? due = null;
        if (table.Get(map.DueDate) is { } dueText)
        {
            if (!CsvValues.TryParseDate(dueText, map.EffectiveDateFormats, out var parsed))
            {
                return Fail(map.DueDate, $"'{dueText}' is not a date ({string.Join(" or ", map.EffectiveDateFormats)})");
            }

            if (parsed < issued)
            {
                return Fail(map.DueDate, $"due date {parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is before the document date {issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            }

            due = parsed;
        }

        decimal amount;
        if (map.Amount is not null)
        {
            if (!CsvValues.TryParseAmount(table.Get(map.Amount), culture, out amount, out var why))
            {
                return Fail(map.Amount, $"'{table.Get(map.Amount)}' is not an amount ({why}; numbers read as {culture.Name})");
            }
        }
        else
        {
            var debitText = table.Get(map.Debit);
            var creditText = table.Get(map.Credit);
            decimal debit = 0m, credit = 0m;
            if (debitText is not null && !CsvValues.TryParseAmount(debitText, culture, out debit, out var debitWhy))
            {
                return Fail(map.Debit, $"'{debitText}' is not an amount ({debitWhy}; numbers read as {culture.Name})");
            }

            if (creditText is not null && !CsvValues.TryParseAmount(creditText, culture, out credit, out var creditWhy))
            {
                return Fail(map.Credit, $"'{creditText}' is not an amount ({creditWhy}; numbers read as {culture.Name})");
            }

            amount = debit - credit;
        }

        var open = amount;
        if (map.OpenAmount is not null && table.Get(map.OpenAmount) is { } openText && !CsvValues.TryParseAmount(openText, culture, out open, out var openWhy))
        {
            return Fail(map.OpenAmount, $"'{openText}' is not an amount ({openWhy}; numbers read as {culture.Name})");
        }

        if (map.OpenFlag is not null && CsvValues.ParseFlag(table.Get(map.OpenFlag)) == false)
        {
            open = 0m;
        }

        var currency = context.Currency;
        if (table.Get(map.Currency) is { } currencyText)
        {
            if (!CurrencyCodes.IsKnown(currencyText))
            {
                return Fail(map.Currency, CurrencyCodes.Refusal(currencyText));
            }

            currency = new Currency(currencyText.ToUpperInvariant());
        }

        var kind = amount >= 0 ? OpenItemKind.Invoice : OpenItemKind.Payment;
        if (map.DocumentType is not null && map.RefuseUnknownDocumentTypes && (table.Get(map.DocumentType) is not { } given || !map.DocumentTypes.ContainsKey(given)))
        {
            return Fail(map.DocumentType, $"document type '{table.Get(map.DocumentType)}' is not one of {string.Join(", ", map.DocumentTypes.Keys)} (map it in Ledger:CsvMaps:<source>:DocumentTypes)");
        }

        if (map.DocumentType is not null && table.Get(map.DocumentType) is { } type && map.DocumentTypes.TryGetValue(type, out var mapped))
        {
            if (!Enum.TryParse(mapped, ignoreCase: true, out kind))
            {
                return Fail(map.DocumentType, $"document type '{type}' maps to '{mapped}', not Invoice, CreditNote, Payment or Other");
            }
        }

        var disputedText = table.Get(map.Disputed);
        var disputed = CsvValues.ParseFlag(disputedText);
        if (disputedText is not null && disputed is null)
        {
            return Fail(map.Disputed, $"'{disputedText}' is not a yes/no flag");
        }

        var dunning = 0;
        if (table.Get(map.DunningLevel) is { } dunningText && !int.TryParse(dunningText, NumberStyles.Integer, CultureInfo.InvariantCulture, out dunning))
        {
            return Fail(map.DunningLevel, $"'{dunningText}' is not a number");
        }

        DateOnly? settled = null;
        if (table.Get(map.SettledDate) is { } settledText)
        {
            if (!CsvValues.TryParseDate(settledText, map.EffectiveDateFormats, out var parsed))
            {
                return Fail(map.SettledDate, $"'{settledText}' is not a date ({string.Join(" or ", map.EffectiveDateFormats)})");
            }

            settled = parsed;
        }

        if (context.AsOf is { } asOf && issued > asOf)
        {
            return true;
        }

        if (!clients.ContainsKey(client))
        {
            clients[client] = new LedgerClient(table.Position, new Client
            {
                Code = new ClientCode(client),
                Name = table.Get(map.ClientName) ?? client,
                Country = table.Get(map.Country),
                Currency = context.Currency,
            }, IsMaster: false);
        }

        var position = table.Position;
        var code = new ClientCode(client);
        if (settled is { } s && (context.AsOf is not { } cutOff || s <= cutOff))
        {
            open = 0m;
            batch.Payments.Add(new LedgerPayment(position, code, s, new Money(amount, currency), null, number, issued, due));
        }
        else if (kind == OpenItemKind.Payment)
        {
            batch.Payments.Add(new LedgerPayment(position, code, issued, new Money(-amount, currency), number, null, null, null));
        }

        if (kind is OpenItemKind.Invoice or OpenItemKind.CreditNote)
        {
            var day = (client, issued, currency);
            sales[day] = sales.GetValueOrDefault(day) + amount;
        }

        if (open != 0m)
        {
            batch.OpenItems.Add(new LedgerOpenItem(position, code, number, kind, issued, due, new Money(amount, currency), new Money(open, currency))
            {
                Disputed = disputed ?? false,
                DunningLevel = dunning,
            });
        }

        return true;
    }
}
