using CreditBot.Domain;
using CreditBot.Domain.Clients;

namespace CreditBot.Ledger.Csv;

/// <summary>
/// Reads the client master CSV (columns in Ledger/README.md): one row per client with its credit line,
/// terms, owner and flags. Separator <c>;</c> <c>,</c> or TAB (detected); amounts with dot or comma
/// decimals; dates <c>yyyy-MM-dd</c> or <c>dd/MM/yyyy</c>.
/// </summary>
public static class ClientMasterCsv
{
    public static readonly string[] Columns =
    [
        "Code", "Name", "Siren", "Siret", "VatNumber", "Country", "BusinessUnit", "Salesperson", "TermsDays", "TermsBasis",
        "CreditLimit", "LimitReviewDate", "LimitValidFrom", "InsurerCover", "RiskClass", "Blocked", "Currency",
    ];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy"];

    public static void Read(LedgerInput input, Currency companyCurrency, LedgerBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(batch);
        using var table = CsvTable.Open(input, null, batch, cancellationToken, "Code", "Name");
        if (table is null)
        {
            return;
        }

        var rows = 0;
        while (table.Read())
        {
            if (table.RowIsBlank())
            {
                continue;
            }

            rows++;
            var client = ReadRow(table, companyCurrency, batch);
            if (client is not null)
            {
                batch.Clients.Add(new LedgerClient(table.Position, client, IsMaster: true));
            }
        }

        if (rows == 0)
        {
            // A header alone would replace every credit line, term and owner with nothing.
            batch.AddProblem(new ImportProblem(input.Name, 1, "header", "no client row under the header: a client master without clients is refused (leave the file out to keep the stored one)"));
        }
    }

    private static Client? ReadRow(CsvTable table, Currency companyCurrency, LedgerBatch batch)
    {
        Client? Fail(string field, string reason)
        {
            batch.AddProblem(ImportProblem.At(table.Position, field, reason));
            return null;
        }

        var code = table.Get("Code");
        if (code is null)
        {
            return Fail("Code", "client code is blank");
        }

        if (table.Get("Name") is null)
        {
            return Fail("Name", $"client {code} has no name");
        }

        var currency = companyCurrency;
        if (table.Get("Currency") is { } currencyText)
        {
            if (!CurrencyCodes.IsKnown(currencyText))
            {
                return Fail("Currency", CurrencyCodes.Refusal(currencyText));
            }

            currency = new Currency(currencyText.ToUpperInvariant());
        }

        PaymentTerms? terms = null;
        if (table.Get("TermsDays") is { } daysText)
        {
            if (!int.TryParse(daysText, out var days) || days is < 0 or > 365)
            {
                return Fail("TermsDays", $"'{daysText}' is not a number of days (0-365)");
            }

            var basis = PaymentTermsBasis.Net;
            if (table.Get("TermsBasis") is { } basisText && !Enum.TryParse(basisText, ignoreCase: true, out basis))
            {
                return Fail("TermsBasis", $"'{basisText}' is not Net, DaysThenEndOfMonth, EndOfMonthThenDays or Prepayment");
            }

            terms = new PaymentTerms(days, basis);
        }

        CreditLimit? limit = null;
        if (table.Get("CreditLimit") is { } limitText)
        {
            if (!CsvValues.TryParsePlainAmount(limitText, out var amount, out var why))
            {
                return Fail("CreditLimit", $"'{limitText}' is not an amount ({why})");
            }

            if (amount < 0)
            {
                return Fail("CreditLimit", $"'{limitText}' is negative");
            }

            if (!OptionalDate(table, "LimitReviewDate", batch, out var review) || !OptionalDate(table, "LimitValidFrom", batch, out var validFrom))
            {
                return null;
            }

            limit = new CreditLimit(new Money(amount, currency), review, validFrom);
        }

        Money? cover = null;
        if (table.Get("InsurerCover") is { } coverText)
        {
            if (!CsvValues.TryParsePlainAmount(coverText, out var amount, out var why))
            {
                return Fail("InsurerCover", $"'{coverText}' is not an amount ({why})");
            }

            if (amount < 0)
            {
                return Fail("InsurerCover", $"'{coverText}' is negative");
            }

            cover = new Money(amount, currency);
        }

        var blockedText = table.Get("Blocked");
        var blocked = CsvValues.ParseFlag(blockedText);
        if (blockedText is not null && blocked is null)
        {
            return Fail("Blocked", $"'{blockedText}' is not a yes/no flag");
        }

        return new Client
        {
            Code = new ClientCode(code),
            Name = table.Get("Name") ?? code,
            Siren = table.Get("Siren"),
            Siret = table.Get("Siret"),
            VatNumber = table.Get("VatNumber"),
            Country = table.Get("Country")?.ToUpperInvariant(),
            BusinessUnit = table.Get("BusinessUnit"),
            Salesperson = table.Get("Salesperson"),
            Terms = terms,
            Limit = limit,
            InsurerCover = cover,
            RiskClass = table.Get("RiskClass"),
            ManualBlock = blocked ?? false,
            Currency = currency,
        };
    }

    private static bool OptionalDate(CsvTable table, string column, LedgerBatch batch, out DateOnly? date)
    {
        date = null;
        if (table.Get(column) is not { } text)
        {
            return true;
        }

        if (!CsvValues.TryParseDate(text, DateFormats, out var parsed))
        {
            batch.AddProblem(ImportProblem.At(table.Position, column, $"'{text}' is not a date yyyy-MM-dd"));
            return false;
        }

        date = parsed;
        return true;
    }
}
