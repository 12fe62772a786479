using System.Text;
using CreditBot.Domain;
using CreditBot.Domain.Receivables;
using CreditBot.Ledger;
using CreditBot.Ledger.Fec;

namespace CreditBot.Tests.Ledger;

/// <summary>
/// fec-basic.txt, worked out by hand (TAB, CRLF, UTF-8 without BOM):
/// C001 ACME: F001 1 200,00 (VE 5/1) lettered AA with the 1 200,00 transfer of 1/2, DateLet 15/2 → settled;
///            F002 600,00 unlettered → open 600,00.
/// C002 Dupont: F003 2 400,00 lettered AB with a 1 000,00 transfer of 20/2 → remainder 1 400,00 open on F003;
///            credit note AV01 −120,00 (VE, unlettered) → open −120,00.
/// C003 Durand: transfer of 5/3 300,00 unlettered → open −300,00 (payment); F004 900,00 lettered AA on its own
///            (the letter is per customer: ACME's AA is another group) → remainder 900,00.
/// Open receivables 600 + 1 400 + 900 = 2 900,00; credit balances −120 − 300 = −420,00.
/// Payments (411 credits outside sales/opening journals): 1 200 (→F001), 1 000 (→F003), 300 = 3.
/// Monthly sales (411 net of VE): C001 2024-01 1 800; C002 2024-01 2 400; C002 2024-03 −120; C003 2024-03 900.
/// </summary>
public class FecSourceTests
{
    private static readonly LedgerReadContext Everything = new(null, Currency.Eur);

    private static LedgerBatch Read(LedgerReadContext context, params LedgerInput[] inputs) =>
        new FecSource(new FecOptions()).Read(inputs, context, CancellationToken.None);

    private static LedgerBatch Read(params string[] fixtures) => Read(Everything, [.. fixtures.Select(f => LedgerInput.FromFile(Fixture.Path(f)))]);

    private static decimal OpenOf(LedgerBatch batch, string client, string number) =>
        batch.OpenItems.Where(i => i.Client.Value == client && i.Number == number).Sum(i => i.Open.Amount);

    [Fact]
    public void Open_items_are_unlettered_lines_and_remainders_of_letter_groups()
    {
        var batch = Read("fec-basic.txt");

        Assert.Empty(batch.Problems);
        Assert.Equal(5, batch.OpenItems.Count);
        Assert.Equal(600m, OpenOf(batch, "C001", "F002"));
        Assert.Equal(0m, OpenOf(batch, "C001", "F001"));
        Assert.Equal(1400m, OpenOf(batch, "C002", "F003"));
        Assert.Equal(-120m, OpenOf(batch, "C002", "AV01"));
        Assert.Equal(-300m, OpenOf(batch, "C003", "VIR0305"));
        Assert.Equal(900m, OpenOf(batch, "C003", "F004"));
        Assert.Equal(2900m, batch.OpenItems.Where(i => i.Open.Amount > 0).Sum(i => i.Open.Amount));
        Assert.Equal(-420m, batch.OpenItems.Where(i => i.Open.Amount < 0).Sum(i => i.Open.Amount));
    }

    [Fact]
    public void Credit_balances_stay_as_negative_items_of_the_right_kind()
    {
        var batch = Read("fec-basic.txt");

        Assert.Equal(OpenItemKind.CreditNote, batch.OpenItems.Single(i => i.Number == "AV01").Kind);
        Assert.Equal(OpenItemKind.Payment, batch.OpenItems.Single(i => i.Number == "VIR0305").Kind);
        Assert.All(batch.OpenItems, i => Assert.Null(i.DueDate));
    }

    [Fact]
    public void Each_record_names_its_file_and_line()
    {
        var batch = Read("fec-basic.txt");

        var f002 = batch.OpenItems.Single(i => i.Number == "F002");
        Assert.Equal(new SourcePosition("fec-basic.txt", 5), f002.Position);
        Assert.Equal("ACME Industrie SAS", batch.Clients.Single(c => c.Client.Code.Value == "C001").Client.Name);
    }

    [Fact]
    public void Payments_are_customer_credits_of_non_sales_journals_allocated_through_lettering()
    {
        var batch = Read("fec-basic.txt");

        Assert.Equal(3, batch.Payments.Count);
        var acme = batch.Payments.Single(p => p.Client.Value == "C001");
        Assert.Equal(1200m, acme.Amount.Amount);
        Assert.Equal("F001", acme.AllocatedTo);
        Assert.Equal(new DateOnly(2024, 1, 5), acme.AllocatedIssueDate);
        Assert.Null(batch.Payments.Single(p => p.Client.Value == "C003").AllocatedTo);
    }

    [Fact]
    public void Monthly_sales_are_the_net_of_customer_lines_in_sales_journals()
    {
        var batch = Read("fec-basic.txt");

        var sales = batch.MonthlySales.ToDictionary(s => $"{s.Client.Value} {s.Year}-{s.Month:00}", s => s.Sales.Amount);
        Assert.Equal(4, sales.Count);
        Assert.Equal(1800m, sales["C001 2024-01"]);
        Assert.Equal(2400m, sales["C002 2024-01"]);
        Assert.Equal(-120m, sales["C002 2024-03"]);
        Assert.Equal(900m, sales["C003 2024-03"]);
    }

    [Fact]
    public void As_of_a_past_date_later_entries_are_ignored_and_later_matches_are_still_open()
    {
        // As of 10/2: F001 (lettered on 15/2) and its transfer of 1/2 are both open: 1 200 and −1 200;
        // F002 600; F003 2 400 (its payment comes on 20/2). Later entries are ignored.
        var context = new LedgerReadContext(new DateOnly(2024, 2, 10), Currency.Eur);

        var batch = Read(context, LedgerInput.FromFile(Fixture.Path("fec-basic.txt")));

        Assert.Equal(4, batch.OpenItems.Count);
        Assert.Equal(1200m, OpenOf(batch, "C001", "F001"));
        Assert.Equal(-1200m, OpenOf(batch, "C001", "VIR0201"));
        Assert.Equal(2400m, OpenOf(batch, "C002", "F003"));
        Assert.Equal(4200m, batch.OpenItems.Where(i => i.Open.Amount > 0).Sum(i => i.Open.Amount));
        Assert.DoesNotContain(batch.Clients, c => c.Client.Code.Value == "C003");
    }

    [Fact]
    public void Pipe_files_with_trailing_separator_padding_signs_last_and_extra_columns_are_read()
    {
        // fec-pipe-padded.txt: F001 1 200,00 (debit 0000001200,00, credits " 000000000001000,00" and 200,00);
        // credit note AV001 written as negative amounts, sign last on the 411 debit (0000000120,00-) and first
        // on the 706 credit (-0000000100,00). Open: 1 200 and −120; sales January 1 080.
        var batch = Read("fec-pipe-padded.txt");

        Assert.Empty(batch.Problems);
        Assert.Equal(1200m, OpenOf(batch, "41100001", "F001"));
        Assert.Equal(-120m, OpenOf(batch, "41100001", "AV001"));
        Assert.Equal("ACME INDUSTRIE SAS", batch.Clients.Single().Client.Name);
        Assert.Equal(1080m, batch.MonthlySales.Single().Sales.Amount);
    }

    [Fact]
    public void Montant_and_Sens_replace_debit_and_credit()
    {
        // F100 500 D lettered A with a 200 payment (Sens -1) → remainder 300 on F100; VT is a sales journal.
        var batch = Read("fec-montant-sens.txt");

        Assert.Empty(batch.Problems);
        Assert.Equal(300m, OpenOf(batch, "C010", "F100"));
        Assert.Equal(200m, batch.Payments.Single().Amount.Amount);
        Assert.Equal(500m, batch.MonthlySales.Single().Sales.Amount);
    }

    [Fact]
    public void A_file_split_in_parts_with_repeated_headers_reads_as_one()
    {
        // Part 1: F001 1 000 (lettered AA, DateLet 1/3), a repeated header line, F002 250. Part 2: the 1 000 transfer
        // lettered AA. Open: F002 250 only.
        var batch = Read("fec-part1.txt", "fec-part2.txt");

        Assert.Empty(batch.Problems);
        Assert.Equal(250m, batch.OpenItems.Single().Open.Amount);
        Assert.Equal("F002", batch.OpenItems.Single().Number);
        Assert.Equal(new SourcePosition("fec-part2.txt", 3), batch.Payments.Single().Position);
    }

    [Fact]
    public void A_ledger_without_lettering_groups_by_document_and_takes_the_customer_from_the_account()
    {
        // 411DUPONT, no CompAuxNum, no lettering: F10 1 000 − 400 paid under PieceRef F10 → 600; F11 500.
        var batch = Read("fec-no-lettering.txt");

        Assert.Empty(batch.Problems);
        Assert.Equal("411DUPONT", batch.Clients.Single().Client.Code.Value);
        Assert.Equal(600m, OpenOf(batch, "411DUPONT", "F10"));
        Assert.Equal(1000m, batch.OpenItems.Single(i => i.Number == "F10").Amount.Amount);
        Assert.Equal(500m, OpenOf(batch, "411DUPONT", "F11"));
    }

    [Theory]
    [InlineData("utf8")]
    [InlineData("utf8-bom")]
    [InlineData("latin9")]
    public void The_encoding_is_detected(string encoding)
    {
        var text = Fixture.Text("fec-basic.txt").Replace("Durand Logistique", "Société Générale d'Équipement €", StringComparison.Ordinal);
        var bytes = encoding switch
        {
            "utf8" => new UTF8Encoding(false).GetBytes(text),
            "utf8-bom" => [.. new UTF8Encoding(true).GetPreamble(), .. new UTF8Encoding(false).GetBytes(text)],
            _ => TextEncodingDetector.Latin9.GetBytes(text),
        };

        var batch = Read(Everything, LedgerInput.FromBytes("fec.txt", bytes));

        Assert.Empty(batch.Problems);
        Assert.Equal("Société Générale d'Équipement €", batch.Clients.Single(c => c.Client.Code.Value == "C003").Client.Name);
        Assert.Equal(5, batch.OpenItems.Count);
    }

    [Fact]
    public void The_real_FEC_sample_gives_the_figures_computed_with_awk()
    {
        // ../shared/data/fec/111111111FEC20221231.TXT (ISO-8859-15, pipes, trailing |, padded). Figures from awk:
        //   awk -F'|' 'NR>1 && $5 ~ /^41[16]/ {gsub(",",".",$12);gsub(",",".",$13); l=$14; gsub(/ /,"",l);
        //     if(l==""){n=$12-$13; if(n>0){p+=n;pc++} else {m+=n;mc++}}} END{printf "pos %d %.2f neg %d %.2f\n",pc,p,mc,m}'
        //   → pos 30 14900.54 neg 4 -484.02 (every letter group nets to zero: remainders 0; 151 lines on 411, 34 CompAuxNum)
        //   awk -F'|' 'NR>1 && $5 ~ /^41[16]/ {j=$1; gsub(/ /,"",j); c=$13; d=$12; gsub(",",".",c); gsub(",",".",d);
        //     if (j!="VE" && j!="AN" && c+0>0) {n++; s+=c-d}} END{printf "%d %.2f\n", n, s}'  → 47 38896.49
        //   VE 411 net (debit − credit) = 37823.93 over 54 client-months.
        var batch = Read(Everything, LedgerInput.FromFile(Fixture.RealFec));

        Assert.Empty(batch.Problems);
        Assert.Equal(934, batch.LinesRead);
        Assert.Equal(34, batch.Clients.Count);
        Assert.Equal(34, batch.OpenItems.Count);
        Assert.Equal(14900.54m, batch.OpenItems.Where(i => i.Open.Amount > 0).Sum(i => i.Open.Amount));
        Assert.Equal(-484.02m, batch.OpenItems.Where(i => i.Open.Amount < 0).Sum(i => i.Open.Amount));
        Assert.Equal(47, batch.Payments.Count);
        Assert.Equal(38896.49m, batch.Payments.Sum(p => p.Amount.Amount));
        Assert.Equal(54, batch.MonthlySales.Count);
        Assert.Equal(37823.93m, batch.MonthlySales.Sum(s => s.Sales.Amount));
    }

    [Fact]
    public void The_real_FEC_sample_as_of_the_end_of_March()
    {
        // awk -F'|' 'NR>1 && $5 ~ /^41[16]/ && $4 <= 20230331 {gsub(",",".",$12);gsub(",",".",$13); l=$14; gsub(/ /,"",l);
        //   if(l=="" || $15+0 > 20230331){n+=$12-$13; c++}} END{printf "%.2f %d\n", n, c}'  → 12772.58 32
        var context = new LedgerReadContext(new DateOnly(2023, 3, 31), Currency.Eur);

        var batch = Read(context, LedgerInput.FromFile(Fixture.RealFec));

        Assert.Equal(12772.58m, batch.OpenItems.Sum(i => i.Open.Amount));
        Assert.Equal(32, batch.OpenItems.Count);
    }
}
