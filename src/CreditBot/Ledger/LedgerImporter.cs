using System.Diagnostics;
using System.Security.Cryptography;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Receivables;
using CreditBot.Ledger.Csv;
using CreditBot.Storage;
using CreditBot.Telemetry;
using Microsoft.Extensions.Options;

namespace CreditBot.Ledger;

/// <summary>
/// Imports a ledger: resolves the source by key, reads and validates every input, then replaces the stored
/// snapshot in one transaction and appends an <see cref="ImportRun"/>. Any problem gives a failed report
/// naming file, line, field and reason, and leaves the store untouched. Imports run one at a time.
/// </summary>
public sealed class LedgerImporter(
    IServiceProvider services,
    LedgerSourceCatalog catalog,
    LedgerStore store,
    TimeProvider timeProvider,
    IOptions<LedgerOptions> options,
    IEnumerable<ILedgerImportObserver> observers,
    ILogger<LedgerImporter> logger) : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    private int _pluginsLogged;

    public void Dispose() => _oneAtATime.Dispose();

    /// <summary>Imports one stream for <paramref name="sourceName"/> (spooled to a temporary file, since sources may read twice).</summary>
    public async Task<ImportReport> ImportAsync(string sourceName, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var path = Path.Combine(Path.GetTempPath(), $"creditbot-import-{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = File.Create(path))
            {
                await stream.CopyToAsync(file, cancellationToken);
            }

            return await ImportAsync(new ImportRequest(sourceName, [LedgerInput.FromFile(path) with { Name = "upload" }]), cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public async Task<ImportReport> ImportAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Interlocked.Exchange(ref _pluginsLogged, 1) == 0)
        {
            foreach (var (assembly, key, problem) in catalog.Plugins)
            {
                if (problem is null)
                {
                    logger.PluginLoaded(key!, assembly);
                }
                else
                {
                    logger.PluginSkipped(assembly, problem);
                }
            }
        }

        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var watch = Stopwatch.StartNew();
            using var span = CreditBotTelemetry.StartImport(request.Source);
            var report = await RunAsync(request, cancellationToken);
            report = report with { ElapsedMilliseconds = watch.ElapsedMilliseconds };
            CreditBotTelemetry.ImportFinished(span, request.Source, report.Status.ToString(), report.ElapsedMilliseconds);
            if (logger.IsEnabled(LogLevel.Information))
            {
                // The source name may come from the import endpoint's route: escaped and capped like any outside value.
                logger.ImportFinished(CreditBot.BotFramework.LogValue.Of(request.Source), report.Status, report.Problems.Count, report.Counts.Clients, report.Counts.OpenItems, report.Counts.Payments, report.Counts.Orders, report.ElapsedMilliseconds);
            }
            return report;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<ImportReport> RunAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var settings = options.Value;
        var currency = settings.CompanyCurrency;
        var currencyFrom = "the setting Ledger:Currency";
        var badCurrency = false;
        if (request.Currency is { } asked)
        {
            badCurrency = !IsCurrencyCode(asked);
            currency = badCurrency ? currency : new Currency(asked.ToUpperInvariant());
            currencyFrom = "the import request (--currency)";
        }
        else if (settings.SourceCurrencies.TryGetValue(request.Source, out var set) && IsCurrencyCode(set))
        {
            currency = new Currency(set.ToUpperInvariant());
            currencyFrom = $"the setting Ledger:SourceCurrencies:{request.Source.ToLowerInvariant()}";
        }

        var files = request.Files.Select(f => f.Name)
            .Concat(request.ClientMaster is { } m ? [m.Name] : [])
            .Concat(request.Orders is { } o ? [o.Name] : [])
            .Concat(request.ItemStatus is { } st ? [st.Name] : [])
            .ToList();
        var failed = new ImportReport { Status = ImportStatus.Failed, Source = request.Source, Files = files, AsOf = request.AsOf, Currency = currency.Code, CurrencyFrom = currencyFrom };
        if (badCurrency)
        {
            return failed with { Problems = [new ImportProblem("", 0, "currency", $"'{request.Currency}' is not a known ISO 4217 currency code (e.g. EUR, USD)")] };
        }

        var source = services.GetKeyedService<ILedgerSource>(request.Source.ToLowerInvariant());
        if (source is null)
        {
            return failed with { Problems = [new ImportProblem("", 0, "source", $"unknown ledger source '{request.Source}'; known: {string.Join(", ", catalog.Keys)}")] };
        }

        if (request.Files.Count == 0)
        {
            return failed with { Problems = [new ImportProblem("", 0, "files", "no ledger file given")] };
        }

        var checksum = Checksum(request, cancellationToken);
        var current = store.FindSnapshot();
        if (current?.Checksum == checksum)
        {
            return new ImportReport
            {
                Status = ImportStatus.Unchanged,
                Source = request.Source,
                Files = files,
                AsOf = request.AsOf,
                Currency = currency.Code,
                Checksum = checksum,
                RunId = current.RunId,
                Notes = ["unchanged: same inputs as the stored snapshot"],
            };
        }

        var batch = await source.ReadAsync(request.Files, new LedgerReadContext(request.AsOf, currency), cancellationToken);
        if (request.ClientMaster is { } master)
        {
            ClientMasterCsv.Read(master, currency, batch, cancellationToken);
        }

        if (request.Orders is { } orders)
        {
            OrdersCsv.Read(orders, currency, batch, cancellationToken);
        }

        var statuses = request.ItemStatus is { } itemStatus ? ItemStatusCsv.Read(itemStatus, batch, cancellationToken) : [];
        if (batch.Problems.Count == 0)
        {
            CheckConsistency(batch, request);
        }

        if (batch.Problems.Count > 0)
        {
            return failed with { Problems = batch.Problems, LinesRead = batch.LinesRead, Checksum = checksum };
        }

        var (snapshot, dueDates) = BuildSnapshot(batch, request, settings, statuses, currency);
        var counts = new ImportCounts
        {
            Clients = snapshot.Clients.Count,
            OpenItems = snapshot.OpenItems.Count,
            Payments = snapshot.Payments.Count,
            Orders = snapshot.Orders.Count,
            MonthlySales = snapshot.MonthlySales.Count,
        };
        var report = new ImportReport
        {
            Status = request.DryRun ? ImportStatus.DryRun : ImportStatus.Imported,
            Source = request.Source,
            Files = files,
            Counts = counts,
            LinesRead = batch.LinesRead,
            OpenReceivables = snapshot.OpenItems.Where(i => i.Open.Amount > 0).Sum(i => i.Open.Amount),
            CreditBalances = snapshot.OpenItems.Where(i => i.Open.Amount < 0).Sum(i => i.Open.Amount),
            OrdersTotal = snapshot.Orders.Sum(o => o.Amount.Amount),
            Currency = currency.Code,
            CurrencyFrom = currencyFrom,
            Totals = ImportTotals.Of(snapshot),
            DueDatesFromSource = dueDates.FromSource,
            DueDatesFromClientTerms = dueDates.FromClientTerms,
            DueDatesFromDefaultTerms = dueDates.FromDefaultTerms,
            DefaultTerms = $"{settings.DefaultTerms.Days} days {settings.DefaultTerms.Basis}",
            AsOf = request.AsOf,
            Checksum = checksum,
            Notes = batch.Notes,
        };

        report = report with { ReadMilliseconds = watch.ElapsedMilliseconds };
        if (request.DryRun)
        {
            return report;
        }

        var writeStarted = watch.ElapsedMilliseconds;
        var run = store.ReplaceSnapshot(snapshot, new ImportRun
        {
            Source = request.Source,
            Files = [.. files],
            Counts = counts,
            OpenReceivables = report.OpenReceivables,
            CreditBalances = report.CreditBalances,
            OrdersTotal = report.OrdersTotal,
            Currency = currency.Code,
            Checksum = checksum,
            RequestedBy = request.RequestedBy,
            AtUtc = timeProvider.GetUtcNow().UtcDateTime,
            AsOf = request.AsOf,
            LinesRead = batch.LinesRead,
        });

        report = report with { WriteMilliseconds = watch.ElapsedMilliseconds - writeStarted };
        foreach (var observer in observers)
        {
            try
            {
                await observer.SnapshotCommittedAsync(run, cancellationToken);
            }
#pragma warning disable CA1031 // The snapshot is committed: an observer's failure is logged, not turned into a failed import.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.ObserverFailed(exception, observer.GetType().Name, run.Id);
            }
        }

        return report with { RunId = run.Id };
    }

    private static void CheckConsistency(LedgerBatch batch, ImportRequest request)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var client in batch.Clients.Where(c => c.IsMaster))
        {
            if (!seen.Add(client.Client.Code.Value))
            {
                batch.AddProblem(ImportProblem.At(client.Position, "Code", $"client {client.Client.Code} appears twice in the client master"));
            }
        }

        if (request.Orders is null)
        {
            return;
        }

        var known = new HashSet<string>(batch.Clients.Select(c => c.Client.Code.Value), StringComparer.Ordinal);
        foreach (var order in batch.Orders)
        {
            if (!known.Contains(order.Order.Client.Value))
            {
                batch.AddProblem(ImportProblem.At(order.Position, "Client", $"order for client {order.Order.Client}, who is neither in the ledger nor in the client master"));
            }
        }
    }

    private (LedgerSnapshot Snapshot, (int FromSource, int FromClientTerms, int FromDefaultTerms) DueDates) BuildSnapshot(LedgerBatch batch, ImportRequest request, LedgerOptions settings, Dictionary<(string Client, string Number), ItemStatus> statuses, Currency currency)
    {
        var masterRows = request.ClientMaster is null
            ? store.AllClientMaster().ToList()
            : batch.Clients.Where(c => c.IsMaster).Select(c => c.Client).ToList();
        var clients = new Dictionary<string, Client>(StringComparer.Ordinal);
        foreach (var client in masterRows)
        {
            clients[client.Code.Value] = client;
        }

        foreach (var client in batch.Clients.Where(c => !c.IsMaster).Select(c => c.Client))
        {
            if (!clients.TryGetValue(client.Code.Value, out var existing))
            {
                clients[client.Code.Value] = client;
            }
            else if (string.IsNullOrWhiteSpace(existing.Name))
            {
                clients[client.Code.Value] = existing with { Name = client.Name };
            }
        }

        foreach (var code in batch.OpenItems.Select(i => i.Client).Concat(batch.Payments.Select(p => p.Client)).Select(c => c.Value))
        {
            if (!clients.ContainsKey(code))
            {
                clients[code] = new Client { Code = new ClientCode(code), Name = code, Currency = currency };
            }
        }

        var defaultTerms = settings.DefaultTerms;
        int fromSource = 0, fromClient = 0, fromDefault = 0;
        DateOnly Due(ClientCode code, DateOnly issue, DateOnly? given, ref int source, ref int client, ref int fallback)
        {
            if (given is { } due)
            {
                source++;
                return due;
            }

            if (clients.TryGetValue(code.Value, out var c) && c.Terms is { } terms)
            {
                client++;
                return DueDates.From(terms, issue);
            }

            fallback++;
            return DueDates.From(defaultTerms, issue);
        }

        var items = new List<OpenItem>(batch.OpenItems.Count);
        foreach (var item in batch.OpenItems)
        {
            var status = statuses.GetValueOrDefault((item.Client.Value, item.Number));
            items.Add(new OpenItem
            {
                Client = item.Client,
                Number = item.Number,
                Kind = item.Kind,
                IssueDate = item.IssueDate,
                DueDate = Due(item.Client, item.IssueDate, item.DueDate, ref fromSource, ref fromClient, ref fromDefault),
                DueDateComputed = item.DueDate is null,
                Amount = item.Amount,
                Open = item.Open,
                Disputed = status?.Disputed ?? item.Disputed,
                PromiseToPay = status?.PromiseToPay ?? item.PromiseToPay,
                DunningLevel = status?.DunningLevel ?? item.DunningLevel,
            });
        }

        int ignoredA = 0, ignoredB = 0, ignoredC = 0;
        var payments = batch.Payments.Select(p => new Payment
        {
            Client = p.Client,
            Date = p.Date,
            Amount = p.Amount,
            Reference = p.Reference,
            AllocatedTo = p.AllocatedTo,
            ItemIssueDate = p.AllocatedIssueDate,
            ItemDueDate = p.ItemDueDate ?? (p.AllocatedIssueDate is { } issued ? Due(p.Client, issued, null, ref ignoredA, ref ignoredB, ref ignoredC) : null),
        }).ToList();

        var orders = request.Orders is null ? store.AllOrders().ToList() : batch.Orders.Select(o => o.Order).ToList();
        var snapshot = new LedgerSnapshot([.. clients.Values.OrderBy(c => c.Code.Value, StringComparer.Ordinal)], masterRows, items, payments, orders, batch.MonthlySales);
        return (snapshot, (fromSource, fromClient, fromDefault));
    }

    /// <summary>A known ISO 4217 code (<see cref="CurrencyCodes"/>), any case.</summary>
    public static bool IsCurrencyCode(string code) => CurrencyCodes.IsKnown(code);

    private static string Checksum(ImportRequest request, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Text(string text) => hash.AppendData(System.Text.Encoding.UTF8.GetBytes(text + "\n"));
        void Content(string role, LedgerInput input)
        {
            Text(role);
            using var stream = input.Open();
            var buffer = new byte[1 << 16];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                hash.AppendData(buffer, 0, read);
            }
        }

        Text(request.Source.ToLowerInvariant());
        Text(request.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-");
        if (request.Currency is { } currency)
        {
            // The same files read in another currency are another snapshot.
            Text($"currency:{currency.ToUpperInvariant()}");
        }

        foreach (var file in request.Files)
        {
            Content("ledger", file);
        }

        if (request.ClientMaster is { } master)
        {
            Content("clients", master);
        }

        if (request.Orders is { } orders)
        {
            Content("orders", orders);
        }

        if (request.ItemStatus is { } status)
        {
            Content("items", status);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
