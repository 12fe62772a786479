using System.Text;
using CreditBot.Domain.Clients;
using CreditBot.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace CreditBot.Tests.Ledger;

/// <summary>Imports through the real importer into a real LiteDB file. Figures of fec-basic.txt: see FecSourceTests.</summary>
public class LedgerImporterTests
{
    private static ImportRequest Basic(bool withMasterAndOrders = true) =>
        new("fec", [LedgerInput.FromFile(Fixture.Path("fec-basic.txt"))])
        {
            ClientMaster = withMasterAndOrders ? LedgerInput.FromFile(Fixture.Path("clients.csv")) : null,
            Orders = withMasterAndOrders ? LedgerInput.FromFile(Fixture.Path("orders.csv")) : null,
            RequestedBy = "test",
        };

    [Fact]
    public async Task A_valid_import_replaces_the_snapshot_and_appends_a_run()
    {
        using var host = LedgerHost.Create();

        var report = await host.ImportAsync(Basic());

        Assert.Equal(ImportStatus.Imported, report.Status);
        Assert.Equal(new ImportCounts { Clients = 3, OpenItems = 5, Payments = 3, Orders = 2, MonthlySales = 4 }, report.Counts);
        Assert.Equal(2900m, report.OpenReceivables);
        Assert.Equal(-420m, report.CreditBalances);
        Assert.Equal(15500m, report.OrdersTotal);
        var run = Assert.Single(host.Runs.Recent(10));
        Assert.Equal(new DateTime(2024, 6, 1, 6, 0, 0, DateTimeKind.Utc), run.AtUtc);
        Assert.Equal("test", run.RequestedBy);
        Assert.Equal(report.Checksum, run.Checksum);
        Assert.Equal(["fec-basic.txt", "clients.csv", "orders.csv"], run.Files);
    }

    [Fact]
    public async Task The_store_returns_clients_items_orders_and_sales_per_client()
    {
        using var host = LedgerHost.Create();

        await host.ImportAsync(Basic());

        var acme = host.Store.FindClient(new ClientCode("C001"))!;
        Assert.Equal("ACME Industrie SAS", acme.Name);
        Assert.Equal(50000m, acme.Limit!.Amount.Amount);
        Assert.Equal(new DateOnly(2024, 12, 31), acme.Limit.ReviewDate);
        Assert.Equal(new PaymentTerms(45, PaymentTermsBasis.DaysThenEndOfMonth), acme.Terms);
        Assert.Equal("camille.martin@contoso.example", acme.Salesperson);
        Assert.True(host.Store.FindClient(new ClientCode("C002"))!.ManualBlock);
        Assert.Equal("Durand Logistique", host.Store.FindClient(new ClientCode("C003"))!.Name);
        Assert.Equal(2, host.Store.OpenItemsOf(new ClientCode("C002")).Count);
        Assert.Equal(3500m, host.Store.OrdersOf(new ClientCode("C002")).Single().Amount.Amount);
        Assert.Equal(2, host.Store.MonthlySalesOf(new ClientCode("C002")).Count);
        Assert.Single(host.Store.PaymentsOf(new ClientCode("C001")));
    }

    [Fact]
    public async Task Due_dates_come_from_client_terms_or_the_default_and_the_report_counts_them()
    {
        // C001 45 days then end of month: F002 of 10/1 → 24/2 → 29/2. C002 60 days net: F003 15/1 → 15/3,
        // AV01 1/3 → 30/4. C003 has no master row → default 30 days net: F004 10/3 → 9/4, VIR0305 5/3 → 4/4.
        using var host = LedgerHost.Create();

        var report = await host.ImportAsync(Basic());

        Assert.Equal(3, report.DueDatesFromClientTerms);
        Assert.Equal(2, report.DueDatesFromDefaultTerms);
        var due = host.Store.AllOpenItems().ToDictionary(i => i.Number, i => i.DueDate);
        Assert.Equal(new DateOnly(2024, 2, 29), due["F002"]);
        Assert.Equal(new DateOnly(2024, 3, 15), due["F003"]);
        Assert.Equal(new DateOnly(2024, 4, 30), due["AV01"]);
        Assert.Equal(new DateOnly(2024, 4, 9), due["F004"]);
        Assert.Equal(new DateOnly(2024, 4, 4), due["VIR0305"]);
        Assert.All(host.Store.AllOpenItems(), i => Assert.True(i.DueDateComputed));
        Assert.Equal(new DateOnly(2024, 2, 29), host.Store.PaymentsOf(new ClientCode("C001")).Single().ItemDueDate);
    }

    [Fact]
    public async Task Importing_the_same_files_again_changes_nothing()
    {
        using var host = LedgerHost.Create();
        await host.ImportAsync(Basic());
        var before = host.Store.ComputeChecksum();

        var again = await host.ImportAsync(Basic());

        Assert.Equal(ImportStatus.Unchanged, again.Status);
        Assert.Contains("unchanged", again.ToText(), StringComparison.Ordinal);
        Assert.Equal(1, host.Runs.Count());
        Assert.Equal(before, host.Store.ComputeChecksum());
    }

    [Fact]
    public async Task A_dry_run_validates_and_writes_nothing()
    {
        using var host = LedgerHost.Create();

        var report = await host.ImportAsync(Basic() with { DryRun = true });

        Assert.Equal(ImportStatus.DryRun, report.Status);
        Assert.Equal(5, report.Counts.OpenItems);
        Assert.True(host.Store.IsEmpty);
        Assert.Equal(0, host.Runs.Count());
    }

    [Fact]
    public async Task The_snapshot_description_read_between_imports_follows_each_new_import()
    {
        using var host = LedgerHost.Create();
        await host.ImportAsync(Basic());
        var first = host.Store.FindSnapshot();

        var report = await host.ImportAsync("fec", Fixture.Path("fec-part1.txt"), Fixture.Path("fec-part2.txt"));
        var second = host.Store.FindSnapshot();

        Assert.Equal(ImportStatus.Imported, report.Status);
        Assert.NotEqual(first!.Checksum, second!.Checksum);
        Assert.Equal(second.Checksum, host.Store.FindSnapshot()!.Checksum);
    }

    [Fact]
    public async Task A_clients_items_and_payments_read_between_imports_follow_each_new_import()
    {
        using var host = LedgerHost.Create();
        await host.ImportAsync(Basic());
        var dupont = new ClientCode("C002");
        var acme = new ClientCode("C001");
        Assert.Equal(2, host.Store.OpenItemsOf(dupont).Count);
        var firstPayment = Assert.Single(host.Store.PaymentsOf(acme));

        await host.ImportAsync("fec", Fixture.Path("fec-part1.txt"), Fixture.Path("fec-part2.txt"));

        var item = Assert.Single(host.Store.OpenItemsOf(dupont));
        Assert.Equal(("F002", 250m), (item.Number, item.Open.Amount));
        var payment = Assert.Single(host.Store.PaymentsOf(acme));
        Assert.Equal(new DateOnly(2024, 3, 1), payment.Date);
        Assert.NotEqual(firstPayment, payment);
    }

    [Fact]
    public async Task An_import_without_a_client_master_keeps_the_stored_one()
    {
        using var host = LedgerHost.Create();
        await host.ImportAsync(Basic());

        var report = await host.ImportAsync("fec", Fixture.Path("fec-part1.txt"), Fixture.Path("fec-part2.txt"));

        Assert.Equal(ImportStatus.Imported, report.Status);
        Assert.Equal(50000m, host.Store.FindClient(new ClientCode("C001"))!.Limit!.Amount.Amount);
        Assert.Equal(2, host.Store.AllOrders().Count);
        Assert.Single(host.Store.AllOpenItems());
    }

    [Fact]
    public async Task A_stream_is_imported_like_a_file()
    {
        using var host = LedgerHost.Create();
        await using var stream = File.OpenRead(Fixture.Path("fec-basic.txt"));

        var report = await host.Importer.ImportAsync("fec", stream, CancellationToken.None);

        Assert.Equal(ImportStatus.Imported, report.Status);
        Assert.Equal(["upload"], report.Files);
        Assert.Equal(5, host.Store.AllOpenItems().Count);
    }

    [Fact]
    public async Task Observers_run_after_the_commit()
    {
        var observer = new RecordingObserver();
        using var host = LedgerHost.Create(configure: s => s.AddSingleton<ILedgerImportObserver>(observer));

        var report = await host.ImportAsync(Basic());

        Assert.Equal(report.RunId, Assert.Single(observer.Runs).Id);
    }

    [Fact]
    public async Task An_unknown_source_is_refused_with_the_known_ones()
    {
        using var host = LedgerHost.Create();

        var report = await host.ImportAsync("sage", Fixture.Path("fec-basic.txt"));

        Assert.Equal(ImportStatus.Failed, report.Status);
        Assert.Contains("fec", Assert.Single(report.Problems).Reason, StringComparison.Ordinal);
    }

    public static TheoryData<string, long, string> BadLedgers => new()
    {
        { "wrong-header", 1, "EcritureDate" },
        { "unbalanced-entry", 2, "EcritureNum" },
        { "bad-date", 5, "EcritureDate" },
        { "bad-amount", 5, "Debit" },
        { "bad-lettering-date", 2, "DateLet" },
        { "customer-line-without-customer", 5, "CompAuxNum" },
        { "truncated", 22, "line" },
        { "utf16", 1, "encoding" },
        { "windows-1252", 18, "encoding" },
    };

    [Theory]
    [MemberData(nameof(BadLedgers))]
    public async Task A_bad_ledger_names_file_line_and_field_and_leaves_the_store_untouched(string defect, long line, string field)
    {
        using var host = LedgerHost.Create();
        await host.ImportAsync(Basic());
        var before = host.Store.ComputeChecksum();
        var path = Fixture.WriteBytes(host.Folder, $"{defect}.txt", Broken(defect));

        var report = await host.ImportAsync("fec", path);

        Assert.Equal(ImportStatus.Failed, report.Status);
        var problem = report.Problems[0];
        Assert.Equal($"{defect}.txt", problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Equal(field, problem.Field);
        Assert.False(string.IsNullOrWhiteSpace(problem.Reason));
        Assert.Equal(before, host.Store.ComputeChecksum());
        Assert.Equal(1, host.Runs.Count());
    }

    [Fact]
    public async Task An_order_for_an_unknown_client_fails_the_import()
    {
        using var host = LedgerHost.Create();
        var orders = Fixture.Write(host.Folder, "orders.csv", "Client,Number,Date,Amount\nC001,CMD-1,2024-05-01,100\nZZZ,CMD-2,2024-05-02,200\n");

        var report = await host.ImportAsync(Basic(withMasterAndOrders: false) with { Orders = LedgerInput.FromFile(orders) });

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("orders.csv", 3L, "Client"), (problem.File, problem.Line, problem.Field));
        Assert.True(host.Store.IsEmpty);
    }

    [Fact]
    public async Task A_bad_client_master_row_names_its_line_and_column()
    {
        using var host = LedgerHost.Create();
        var clients = Fixture.Write(host.Folder, "clients.csv", "Code;Name;CreditLimit\nC001;ACME;50000\nC002;Dupont;beaucoup\n");

        var report = await host.ImportAsync(Basic(withMasterAndOrders: false) with { ClientMaster = LedgerInput.FromFile(clients) });

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("clients.csv", 3L, "CreditLimit"), (problem.File, problem.Line, problem.Field));
    }

    /// <summary>fec-basic.txt with one defect (line numbers count the header as line 1).</summary>
    private static byte[] Broken(string defect)
    {
        var text = Fixture.Text("fec-basic.txt");
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline);
        string SetField(int line, int field, string value)
        {
            var fields = lines[line - 1].Split('\t');
            fields[field] = value;
            lines[line - 1] = string.Join('\t', fields);
            return string.Join(newline, lines);
        }

        var utf8 = new UTF8Encoding(false);
        return defect switch
        {
            "wrong-header" => utf8.GetBytes(text.Replace("EcritureDate", "DateEcriture", StringComparison.Ordinal)),
            "unbalanced-entry" => utf8.GetBytes(SetField(4, 12, "210,00")),
            "bad-date" => utf8.GetBytes(SetField(5, 3, "20241310")),
            "bad-amount" => utf8.GetBytes(SetField(5, 11, "6OO,00")),
            "bad-lettering-date" => utf8.GetBytes(SetField(2, 14, "2024-02-15")),
            "customer-line-without-customer" => utf8.GetBytes(SetField(5, 6, "")),
            "truncated" => utf8.GetBytes(text[..^30]),
            "utf16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "windows-1252" => Encoding.Latin1.GetBytes(text.Replace("Virement Durand", "Virement Durand \u0092", StringComparison.Ordinal)),
            _ => throw new ArgumentOutOfRangeException(nameof(defect)),
        };
    }

    private sealed class RecordingObserver : ILedgerImportObserver
    {
        public List<ImportRun> Runs { get; } = [];

        public Task SnapshotCommittedAsync(ImportRun run, CancellationToken cancellationToken)
        {
            Runs.Add(run);
            return Task.CompletedTask;
        }
    }
}
