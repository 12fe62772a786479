using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Receivables;
using Microsoft.Extensions.Options;

namespace CreditBot.Ledger.Fec;

/// <summary>
/// Reads French FEC flat files (A47 A-1 LPF): receivables, settlements and monthly sales of the customer
/// accounts. Open items are the lines not matched (lettered) at the cut-off date plus the remainders of
/// letter groups that do not net to zero; credit balances stay as negative items. The FEC has no due
/// dates: the importer computes them from terms.
/// </summary>
public sealed class FecSource : ILedgerSource
{
    public const string SourceKey = "fec";

    private readonly FecOptions _options;

    public FecSource(IOptions<LedgerOptions> options)
        : this(options?.Value.Fec ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    public FecSource(FecOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public string Key => SourceKey;

    public Task<LedgerBatch> ReadAsync(IReadOnlyList<LedgerInput> inputs, LedgerReadContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Read(inputs, context, cancellationToken));

    public LedgerBatch Read(IReadOnlyList<LedgerInput> inputs, LedgerReadContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(context);
        var batch = new LedgerBatch();
        var reader = new FecReader(_options, context, batch);
        foreach (var input in inputs)
        {
            var (encoding, problem) = TextEncodingDetector.Detect(input, cancellationToken);
            if (problem is not null)
            {
                batch.AddProblem(problem);
                continue;
            }

            using var stream = input.Open();
            reader.ReadFile(input.Name, stream, encoding!, cancellationToken);
        }

        reader.CheckTotals(inputs.Count > 0 ? inputs[^1].Name : "(none)");
        if (batch.Problems.Count == 0)
        {
            reader.Emit();
        }

        return batch;
    }

    private enum JournalKind : byte
    {
        Other,
        Sales,
        Opening,
    }

    private struct EntryState
    {
        public decimal Net;
        public long FirstLine;
        public string File;
    }

    private readonly record struct CustomerLine(
        int Client,
        int File,
        long Line,
        string PieceRef,
        DateOnly EntryDate,
        DateOnly PieceDate,
        string? Letter,
        DateOnly? LetterDate,
        decimal Debit,
        decimal Credit,
        JournalKind Journal)
    {
        public decimal Net => Debit - Credit;
    }

    private sealed class FecReader(FecOptions options, LedgerReadContext context, LedgerBatch batch)
    {
        private readonly Dictionary<string, EntryState> _entries = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _clientIndex = new(StringComparer.Ordinal);
        private readonly List<(string Code, string? Name, SourcePosition First)> _clients = [];
        private readonly Dictionary<string, string> _interned = new(StringComparer.Ordinal);
        private readonly List<CustomerLine> _lines = [];
        private readonly List<string> _files = [];
        private readonly char[] _keyBuffer = new char[256];
        private decimal _totalDebit;
        private decimal _totalCredit;
        private long _customerLineCount;

        public void ReadFile(string file, Stream stream, Encoding encoding, CancellationToken cancellationToken)
        {
            var fileIndex = _files.Count;
            _files.Add(file);
            using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            var header = reader.ReadLine();
            if (header is null || string.IsNullOrWhiteSpace(header))
            {
                batch.AddProblem(new ImportProblem(file, 1, "header", "empty file: the first line must hold the FEC field names"));
                return;
            }

            var columns = FecColumns.Parse(header, file, batch);
            if (columns is null)
            {
                return;
            }

            Span<Range> ranges = stackalloc Range[64];
            long lineNumber = 1;
            long entryLines = 0;
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                lineNumber++;
                batch.LinesRead++;
                if ((lineNumber & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var text = line.AsSpan();
                if (text.IsWhiteSpace() || FecColumns.IsHeader(text))
                {
                    continue;
                }

                entryLines++;
                var count = text.Split(ranges, columns.Separator);
                if (count < columns.Required)
                {
                    if (!batch.AddProblem(new ImportProblem(file, lineNumber, "line", $"{count} fields where the header needs at least {columns.Required}: truncated or broken line")))
                    {
                        return;
                    }

                    continue;
                }

                if (!ReadLine(text, ranges, columns, file, fileIndex, lineNumber))
                {
                    return;
                }
            }

            if (entryLines == 0)
            {
                // A header alone would replace every receivable with nothing.
                batch.AddProblem(new ImportProblem(file, 1, "header", "no entry line under the header: a ledger file without entries is refused (the stored ledger is kept)"));
            }
        }

        private bool ReadLine(ReadOnlySpan<char> text, Span<Range> f, FecColumns columns, string file, int fileIndex, long lineNumber)
        {
            bool Fail(string field, string reason) => batch.AddProblem(new ImportProblem(file, lineNumber, field, reason));

            if (!FecFields.TryParseDate(text[f[columns.EntryDate]], out var entryDate))
            {
                return Fail("EcritureDate", $"'{text[f[columns.EntryDate]].Trim()}' is not a date AAAAMMJJ");
            }

            decimal debit;
            decimal credit;
            if (columns.UsesSense)
            {
                if (!FecFields.TryParseAmount(text[f[columns.Amount]], out var amount))
                {
                    return Fail("Montant", $"'{text[f[columns.Amount]].Trim()}' is not an amount (decimal comma, no thousands separator)");
                }

                var sense = FecFields.ParseSense(text[f[columns.Sense]]);
                if (sense == 0)
                {
                    return Fail("Sens", $"'{text[f[columns.Sense]].Trim()}' is not D, C, +1 or -1");
                }

                (debit, credit) = sense > 0 ? (amount, 0m) : (0m, amount);
            }
            else
            {
                if (!FecFields.TryParseAmount(text[f[columns.Debit]], out debit))
                {
                    return Fail("Debit", $"'{text[f[columns.Debit]].Trim()}' is not an amount (decimal comma, no thousands separator)");
                }

                if (!FecFields.TryParseAmount(text[f[columns.Credit]], out credit))
                {
                    return Fail("Credit", $"'{text[f[columns.Credit]].Trim()}' is not an amount (decimal comma, no thousands separator)");
                }
            }

            _totalDebit += debit;
            _totalCredit += credit;

            var journal = text[f[columns.Journal]].Trim(' ');
            var entryNumber = text[f[columns.EntryNumber]].Trim(' ');
            if (journal.Length + entryNumber.Length + 1 <= _keyBuffer.Length)
            {
                journal.CopyTo(_keyBuffer);
                _keyBuffer[journal.Length] = '\u001F';
                entryNumber.CopyTo(_keyBuffer.AsSpan(journal.Length + 1));
                var key = _keyBuffer.AsSpan(0, journal.Length + entryNumber.Length + 1);
                ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_entries.GetAlternateLookup<ReadOnlySpan<char>>(), key, out var exists);
                if (!exists)
                {
                    entry.FirstLine = lineNumber;
                    entry.File = file;
                }

                entry.Net += debit - credit;
            }

            var account = text[f[columns.Account]].Trim(' ');
            var prefix = CustomerPrefix(account);
            if (prefix is null)
            {
                return true;
            }

            _customerLineCount++;
            var auxiliary = text[f[columns.AuxiliaryNumber]].Trim(' ');
            var code = auxiliary;
            if (code.IsEmpty)
            {
                // Some ledgers keep one general account per customer (411DUPONT) and no sub-ledger.
                if (account[prefix.Length..].Trim('0').IsEmpty)
                {
                    return Fail("CompAuxNum", $"customer account {account} line without a customer (CompAuxNum blank on a collective account)");
                }

                code = account;
            }

            var pieceDate = entryDate;
            var pieceDateText = text[f[columns.PieceDate]];
            if (!pieceDateText.IsWhiteSpace() && !FecFields.TryParseDate(pieceDateText, out pieceDate))
            {
                return Fail("PieceDate", $"'{pieceDateText.Trim()}' is not a date AAAAMMJJ");
            }

            DateOnly? letterDate = null;
            var letterDateText = text[f[columns.LetterDate]];
            if (!letterDateText.IsWhiteSpace())
            {
                if (!FecFields.TryParseDate(letterDateText, out var parsed))
                {
                    return Fail("DateLet", $"'{letterDateText.Trim()}' is not a date AAAAMMJJ");
                }

                letterDate = parsed;
            }

            if (context.AsOf is { } asOf && entryDate > asOf)
            {
                return true;
            }

            var client = ClientIndex(code, columns.AuxiliaryLabel >= 0 ? text[f[columns.AuxiliaryLabel]].Trim(' ') : default, new SourcePosition(file, lineNumber));
            var letter = text[f[columns.Letter]].Trim(' ');
            var pieceRef = text[f[columns.PieceRef]].Trim(' ');
            _lines.Add(new CustomerLine(
                client,
                fileIndex,
                lineNumber,
                pieceRef.IsEmpty ? $"{journal}{entryNumber}" : pieceRef.ToString(),
                entryDate,
                pieceDate,
                letter.IsEmpty ? null : Intern(letter),
                letterDate,
                debit,
                credit,
                KindOf(journal)));
            return true;
        }

        private string? CustomerPrefix(ReadOnlySpan<char> account)
        {
            foreach (var prefix in options.EffectiveCustomerAccountPrefixes)
            {
                if (account.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return prefix;
                }
            }

            return null;
        }

        private JournalKind KindOf(ReadOnlySpan<char> journal)
        {
            foreach (var code in options.EffectiveSalesJournals)
            {
                if (journal.Equals(code, StringComparison.OrdinalIgnoreCase))
                {
                    return JournalKind.Sales;
                }
            }

            foreach (var code in options.EffectiveOpeningJournals)
            {
                if (journal.Equals(code, StringComparison.OrdinalIgnoreCase))
                {
                    return JournalKind.Opening;
                }
            }

            return JournalKind.Other;
        }

        private string Intern(ReadOnlySpan<char> text)
        {
            var lookup = _interned.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(text, out var value))
            {
                return value;
            }

            value = text.ToString();
            _interned[value] = value;
            return value;
        }

        private int ClientIndex(ReadOnlySpan<char> code, ReadOnlySpan<char> name, SourcePosition position)
        {
            var lookup = _clientIndex.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(code, out var index))
            {
                if (_clients[index].Name is null && !name.IsEmpty)
                {
                    _clients[index] = _clients[index] with { Name = name.ToString() };
                }

                return index;
            }

            index = _clients.Count;
            var text = code.ToString();
            _clientIndex[text] = index;
            _clients.Add((text, name.IsEmpty ? null : name.ToString(), position));
            return index;
        }

        public void CheckTotals(string lastFile)
        {
            foreach (var (key, entry) in _entries)
            {
                if (entry.Net != 0m)
                {
                    var parts = key.Split('\u001F');
                    if (!batch.AddProblem(new ImportProblem(entry.File, entry.FirstLine, "EcritureNum", $"entry {parts[1]} of journal {parts[0]} does not balance (debits differ from credits)")))
                    {
                        return;
                    }
                }
            }

            if (_totalDebit != _totalCredit && batch.Problems.Count == 0)
            {
                batch.AddProblem(new ImportProblem(lastFile, 0, "Debit/Credit", "total debits differ from total credits over the file(s)"));
            }
        }

        public void Emit()
        {
            var currency = context.Currency;
            foreach (var (code, name, first) in _clients)
            {
                batch.Clients.Add(new LedgerClient(first, new Client { Code = new ClientCode(code), Name = name ?? code, Currency = currency }, IsMaster: false));
            }

            var anyLettering = _lines.Any(l => l.Letter is not null);
            var groups = new Dictionary<(int Client, string Letter), List<int>>();
            var open = new List<int>();
            for (var i = 0; i < _lines.Count; i++)
            {
                var line = _lines[i];
                if (IsMatched(line))
                {
                    var key = (line.Client, line.Letter!);
                    if (!groups.TryGetValue(key, out var members))
                    {
                        groups[key] = members = [];
                    }

                    members.Add(i);
                }
                else
                {
                    open.Add(i);
                }
            }

            var remainders = 0;
            foreach (var members in groups.Values)
            {
                var net = members.Sum(i => _lines[i].Net);
                if (net != 0m)
                {
                    remainders++;
                    AddRemainder(members, net, currency);
                }
            }

            if (anyLettering)
            {
                foreach (var i in open)
                {
                    var line = _lines[i];
                    if (line.Net != 0m)
                    {
                        AddItem(line, line.PieceRef, line.PieceDate, line.Net, line.Net, currency);
                    }
                }
            }
            else
            {
                // A ledger that does not letter at all: an invoice and its settlements share the document reference.
                foreach (var byPiece in open.GroupBy(i => (_lines[i].Client, _lines[i].PieceRef)))
                {
                    var net = byPiece.Sum(i => _lines[i].Net);
                    if (net != 0m)
                    {
                        var first = _lines[byPiece.First()];
                        var debits = byPiece.Sum(i => _lines[i].Debit);
                        AddItem(first, first.PieceRef, byPiece.Min(i => _lines[i].PieceDate), net > 0 ? debits : net, net, currency);
                    }
                }
            }

            foreach (var members in groups.Values)
            {
                var invoice = members.Where(i => _lines[i].Debit > 0).OrderBy(i => _lines[i].PieceDate).Select(i => (int?)i).FirstOrDefault();
                foreach (var i in members)
                {
                    AddPayment(_lines[i], invoice is { } inv ? _lines[inv] : null, currency);
                }
            }

            foreach (var i in open)
            {
                AddPayment(_lines[i], null, currency);
            }

            foreach (var month in _lines.Where(l => l.Journal == JournalKind.Sales)
                         .GroupBy(l => (l.Client, l.EntryDate.Year, l.EntryDate.Month))
                         .OrderBy(g => g.Key))
            {
                batch.MonthlySales.Add(new MonthlySales(new ClientCode(_clients[month.Key.Client].Code), month.Key.Year, month.Key.Month, new Money(month.Sum(l => l.Net), currency))
                {
                    Days = [.. month.GroupBy(l => l.EntryDate).OrderBy(d => d.Key).Select(d => new DaySales(d.Key, new Money(d.Sum(l => l.Net), currency)))],
                });
            }

            batch.Notes.Add($"FEC: {batch.LinesRead} lines, {_entries.Count} entries, {_customerLineCount} lines on customer accounts ({string.Join(", ", options.EffectiveCustomerAccountPrefixes)}), {_clients.Count} customers.");
            var balance = _lines.Sum(l => l.Net);
            var unmatched = open.Sum(i => _lines[i].Net);
            batch.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Customer accounts: balance {balance:0.00} = lines not matched {unmatched:0.00} + remainders of letter groups {balance - unmatched:0.00}."));
            batch.Notes.Add(anyLettering
                ? $"Open items come from lettering: {open.Count} lines not matched at the cut-off, {groups.Count} letter groups of which {remainders} do not net to zero (their remainders are open)."
                : "The ledger letters nothing: open items are the customer lines grouped by PieceRef that do not net to zero.");
            batch.Notes.Add("Due dates are not in an FEC: they are computed from payment terms.");
        }

        private bool IsMatched(CustomerLine line) =>
            line.Letter is not null && (context.AsOf is not { } asOf || line.LetterDate is not { } matched || matched <= asOf);

        private void AddRemainder(List<int> members, decimal net, Currency currency)
        {
            // The remainder sits on the latest documents of its side: settlements go to the oldest first.
            var side = members.Where(i => net > 0 ? _lines[i].Net > 0 : _lines[i].Net < 0)
                .OrderByDescending(i => _lines[i].PieceDate).ThenByDescending(i => _lines[i].Line).ToList();
            var left = net;
            foreach (var i in side)
            {
                if (left == 0m)
                {
                    break;
                }

                var line = _lines[i];
                var part = net > 0 ? Math.Min(left, line.Net) : Math.Max(left, line.Net);
                AddItem(line, line.PieceRef, line.PieceDate, line.Net, part, currency);
                left -= part;
            }
        }

        private void AddItem(CustomerLine line, string number, DateOnly issueDate, decimal amount, decimal open, Currency currency)
        {
            var kind = open > 0 ? OpenItemKind.Invoice : line.Journal == JournalKind.Sales ? OpenItemKind.CreditNote : OpenItemKind.Payment;
            batch.OpenItems.Add(new LedgerOpenItem(
                new SourcePosition(_files[line.File], line.Line),
                new ClientCode(_clients[line.Client].Code),
                number,
                kind,
                issueDate,
                null,
                new Money(amount, currency),
                new Money(open, currency)));
        }

        private void AddPayment(CustomerLine line, CustomerLine? invoice, Currency currency)
        {
            if (line.Credit <= 0m || line.Journal != JournalKind.Other)
            {
                return;
            }

            batch.Payments.Add(new LedgerPayment(
                new SourcePosition(_files[line.File], line.Line),
                new ClientCode(_clients[line.Client].Code),
                line.EntryDate,
                new Money(line.Credit - line.Debit, currency),
                line.PieceRef,
                invoice?.PieceRef,
                invoice?.PieceDate,
                null));
        }
    }
}
