using System.Globalization;
using System.Text;
using CreditBot.Domain.Clients;
using CreditBot.Ledger;

namespace CreditBot.Demo;

/// <summary>
/// Writes the ledger of a made-up French company, deterministic for a given seed and cut-off date: an FEC
/// (sales and bank journals, lettering), a client master, open orders and an item status file (disputes,
/// promises to pay, dunning levels). Clients behave differently: good payers, slow and bad payers, partial
/// payers, disputers; a few are over their limit, some have no credit line.
/// </summary>
public static class DemoLedgerGenerator
{
    public const string LedgerFileName = "DEMOFEC.txt";
    public const string ClientsFileName = "clients.csv";
    public const string OrdersFileName = "orders.csv";
    public const string ItemStatusFileName = "items.csv";

    /// <summary>An invoice of ACME that the demo leaves unpaid on any date: the manifest's and README's invoice example.</summary>
    public const string ShowcaseInvoice = "FA000032";

    private static readonly string[] BusinessUnits = ["Industrie", "Distribution", "Services"];

    private static readonly (string Name, Profile Profile)[] Memorable =
    [
        ("ACME Industrie SAS", Profile.Slow),
        ("Dupont et Fils SARL", Profile.Disputer),
        ("Durand Logistique", Profile.Good),
        ("Martin Bâtiment SA", Profile.Bad),
        ("Bernard Agro SAS", Profile.Partial),
        ("Petit Électronique SARL", Profile.Good),
        ("Leroy Transports SAS", Profile.Slow),
        ("Moreau Emballages SARL", Profile.Good),
    ];

    private static readonly string[] Surnames =
    [
        "Lefebvre", "Roux", "Fournier", "Girard", "Bonnet", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure", "André",
        "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Perrin", "Robin", "Clément",
        "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Lemaire", "Noël",
        "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier",
    ];

    private static readonly string[] Trades =
    [
        "Industrie", "Logistique", "Distribution", "Bâtiment", "Agro", "Services", "Négoce", "Transports", "Énergie", "Emballages",
        "Mécanique", "Plasturgie", "Froid", "Électricité", "Menuiserie", "Textile",
    ];

    private static readonly string[] LegalForms = ["SAS", "SARL", "SA", "EURL", "SASU"];

    private enum Profile
    {
        Good,
        Slow,
        Late,
        Bad,
        Partial,
        Disputer,
    }

    /// <summary>Generates and writes the four files into <paramref name="folder"/>.</summary>
    public static DemoFiles Write(string folder, DemoSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        System.IO.Directory.CreateDirectory(folder);
        var company = Generate(settings);
        var files = new DemoFiles(
            Path.Combine(folder, LedgerFileName),
            Path.Combine(folder, ClientsFileName),
            Path.Combine(folder, OrdersFileName),
            Path.Combine(folder, ItemStatusFileName));
        WriteFec(files.Ledger, company.Entries);
        File.WriteAllText(files.Clients, company.ClientsCsv.ToString(), new UTF8Encoding(false));
        File.WriteAllText(files.Orders, company.OrdersCsv.ToString(), new UTF8Encoding(false));
        File.WriteAllText(files.ItemStatus, company.ItemsCsv.ToString(), new UTF8Encoding(false));
        return files with { LedgerLines = company.Entries.Sum(e => e.Lines.Count), ClientCount = settings.Clients };
    }

    /// <summary>The import request for files written by <see cref="Write"/>.</summary>
    public static ImportRequest Request(DemoFiles files, DateOnly asOf, string requestedBy)
    {
        ArgumentNullException.ThrowIfNull(files);
        return new ImportRequest("fec", [LedgerInput.FromFile(files.Ledger)])
        {
            ClientMaster = LedgerInput.FromFile(files.Clients),
            Orders = LedgerInput.FromFile(files.Orders),
            ItemStatus = LedgerInput.FromFile(files.ItemStatus),
            AsOf = asOf,
            RequestedBy = requestedBy,
        };
    }

    private sealed record Line(string Account, string AccountLabel, string Aux, string AuxLabel, string Piece, DateOnly PieceDate, string Label, decimal Debit, decimal Credit)
    {
        public string Letter { get; set; } = "";

        public DateOnly? LetterDate { get; set; }
    }

    private sealed record Entry(DateOnly Date, string Journal, int Sequence, List<Line> Lines);

    private sealed record DemoClient(string Code, string Name, string Country, Profile Profile, decimal MonthlyVolume, PaymentTerms Terms)
    {
        public int Letters { get; set; }

        public decimal OpenAtCutOff { get; set; }

        public string NextLetter()
        {
            // Bijective base 26 from 26 on: AA, AB, … AZ, BA, … ZZ, AAA: every code unique on the account.
            var n = Letters++ + 26;
            var text = new StringBuilder();
            do
            {
                text.Insert(0, (char)('A' + (n % 26)));
                n = (n / 26) - 1;
            }
            while (n >= 0);

            return text.ToString();
        }
    }

    private sealed record Company(List<Entry> Entries, StringBuilder ClientsCsv, StringBuilder OrdersCsv, StringBuilder ItemsCsv);

    private static Company Generate(DemoSettings settings)
    {
        // Names, codes and profiles come from the seed alone, and each client's ledger from its own stream: how many
        // invoices fit before the cut-off changes with the date, and it must not move names from one client to another
        // (the README's examples and the playground steps name demo clients on any day).
        var naming = new Random(settings.Seed);
        var asOf = settings.AsOf;
        var start = new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(-(settings.Months - 1));
        var entries = new List<Entry>();
        var sequence = 0;
        var invoiceNumber = 0;
        var clientsCsv = new StringBuilder("Code;Name;Siren;VatNumber;Country;BusinessUnit;Salesperson;TermsDays;TermsBasis;CreditLimit;LimitReviewDate;LimitValidFrom;InsurerCover;RiskClass;Blocked;Currency\n");
        var ordersCsv = new StringBuilder("Client;Number;Date;Amount;Prepayment;PlannedDelivery;Currency\n");
        var itemsCsv = new StringBuilder("Client;Number;Disputed;PromiseToPay;DunningLevel\n");
        var orderNumber = 0;

        for (var i = 0; i < settings.Clients; i++)
        {
            var client = NewClient(i, naming);
            var random = new Random(unchecked((settings.Seed * 100_003) + i));
            var disputed = new HashSet<string>(StringComparer.Ordinal);
            for (var month = start; month <= asOf; month = month.AddMonths(1))
            {
                var count = 1 + random.Next(3);
                for (var k = 0; k < count; k++)
                {
                    var date = month.AddDays(random.Next(DateTime.DaysInMonth(month.Year, month.Month)));
                    if (date > asOf)
                    {
                        continue;
                    }

                    var net = Math.Round(client.MonthlyVolume / 1.2m / count * (decimal)(0.6 + (random.NextDouble() * 0.8)), 2);
                    var vat = client.Country == "FR" ? Math.Round(net * 0.2m, 2) : 0m;
                    var gross = net + vat;
                    var number = $"FA{++invoiceNumber:000000}";
                    var invoice = new Line("411000", "Clients", client.Code, client.Name, number, date, $"Facture {number}", gross, 0m);
                    var sale = new List<Line> { invoice, new("706000", "Prestations de services", "", "", number, date, $"Facture {number}", 0m, net) };
                    if (vat != 0m)
                    {
                        sale.Add(new Line("445710", "TVA collectée", "", "", number, date, $"Facture {number}", 0m, vat));
                    }

                    entries.Add(new Entry(date, "VE", sequence++, sale));
                    var group = new List<Line> { invoice };
                    var due = DueDates.From(client.Terms, date);
                    var remaining = gross;

                    if (random.NextDouble() < 0.03)
                    {
                        var noteDate = date.AddDays(5 + random.Next(15));
                        if (noteDate <= asOf)
                        {
                            var noteGross = Math.Round(gross * (decimal)(0.1 + (random.NextDouble() * 0.9)), 2);
                            var noteVat = vat == 0m ? 0m : Math.Round(noteGross / 6m, 2);
                            var noteNumber = $"AV{++invoiceNumber:000000}";
                            var note = new Line("411000", "Clients", client.Code, client.Name, noteNumber, noteDate, $"Avoir {noteNumber}", 0m, noteGross);
                            var lines = new List<Line> { note, new("706000", "Prestations de services", "", "", noteNumber, noteDate, $"Avoir {noteNumber}", noteGross - noteVat, 0m) };
                            if (noteVat != 0m)
                            {
                                lines.Add(new Line("445710", "TVA collectée", "", "", noteNumber, noteDate, $"Avoir {noteNumber}", noteVat, 0m));
                            }

                            entries.Add(new Entry(noteDate, "VE", sequence++, lines));
                            group.Add(note);
                            remaining -= noteGross;
                        }
                    }

                    var isDisputed = client.Profile == Profile.Disputer && random.NextDouble() < 0.3;
                    var payments = PaymentPlan(client.Profile, isDisputed, due, remaining, random);
                    if (i == 0 && number == ShowcaseInvoice)
                    {
                        // The invoice the README and the app's command hints ask about: still unpaid whatever the demo's date.
                        payments.Clear();
                    }

                    var paid = 0m;
                    foreach (var (payDate, amount) in payments)
                    {
                        if (payDate > asOf || amount <= 0m)
                        {
                            continue;
                        }

                        var reference = $"VIR{payDate:yyMMdd}-{sequence:000000}";
                        var payment = new Line("411000", "Clients", client.Code, client.Name, reference, payDate, $"Virement {client.Name}", 0m, amount);
                        entries.Add(new Entry(payDate, "BQ", sequence++, [new("512000", "Banque", "", "", reference, payDate, $"Virement {client.Name}", amount, 0m), payment]));
                        group.Add(payment);
                        paid += amount;
                    }

                    var paidInFull = paid == remaining;
                    var lastPayment = payments.Where(p => p.Date <= asOf).Select(p => p.Date).DefaultIfEmpty(date).Max();
                    // A payment of the last weeks is sometimes not matched yet (unapplied cash beside the open invoice);
                    // older ones all are, as an accounts team letters within the month.
                    var unmatched = random.NextDouble() < 0.03 && asOf.DayNumber - lastPayment.DayNumber < 30;
                    if (paid > 0m && !unmatched)
                    {
                        // Matched when paid (a partial payment gives a partial letter group, the rest stays open).
                        var letter = client.NextLetter();
                        var matched = lastPayment.AddDays(random.Next(3));
                        foreach (var line in group)
                        {
                            line.Letter = letter;
                            line.LetterDate = matched <= asOf ? matched : asOf;
                        }
                    }

                    if (!paidInFull)
                    {
                        client.OpenAtCutOff += remaining - paid;
                        var daysOverdue = asOf.DayNumber - due.DayNumber;
                        var dunning = daysOverdue > 60 ? 3 : daysOverdue > 30 ? 2 : daysOverdue > 0 ? 1 : 0;
                        string? promise = null;
                        if (daysOverdue > 0 && client.Profile is Profile.Slow or Profile.Late or Profile.Bad && random.NextDouble() < 0.35)
                        {
                            promise = asOf.AddDays(random.Next(-10, 21)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                        }

                        if (isDisputed || promise is not null || dunning > 0)
                        {
                            if (isDisputed)
                            {
                                disputed.Add(number);
                            }

                            itemsCsv.Append(CultureInfo.InvariantCulture, $"{client.Code};{number};{(isDisputed ? "yes" : "no")};{promise};{dunning}\n");
                        }
                    }
                }
            }

            AppendMaster(clientsCsv, client, i, asOf, random);
            var orders = random.NextDouble() < 0.4 || i == 0 ? 1 + random.Next(3) : 0;
            for (var o = 0; o < orders; o++)
            {
                var amount = Math.Round(client.MonthlyVolume * (decimal)(0.3 + random.NextDouble()) * (i == 0 ? 3m : 1m), 2);
                var prepayment = random.NextDouble() < 0.05;
                ordersCsv.Append(CultureInfo.InvariantCulture,
                    $"{client.Code};CMD-{++orderNumber:000000};{asOf.AddDays(-random.Next(30)):yyyy-MM-dd};{amount.ToString("0.00", CultureInfo.InvariantCulture)};{(prepayment ? "yes" : "no")};{asOf.AddDays(1 + random.Next(30)):yyyy-MM-dd};EUR\n");
            }
        }

        entries.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Sequence.CompareTo(b.Sequence));
        return new Company(entries, clientsCsv, ordersCsv, itemsCsv);
    }

    private static DemoClient NewClient(int index, Random random)
    {
        var (name, profile) = index < Memorable.Length
            ? Memorable[index]
            : ($"{Surnames[random.Next(Surnames.Length)]} {Trades[random.Next(Trades.Length)]} {LegalForms[random.Next(LegalForms.Length)]}", PickProfile(random));
        var roll = random.NextDouble();
        var country = index < Memorable.Length ? "FR" : roll < 0.7 ? "FR" : roll < 0.82 ? "BE" : roll < 0.92 ? "DE" : "ES";
        var volume = Math.Round(3000m * (decimal)Math.Exp(random.NextDouble() * 2.2), 0);
        PaymentTerms terms = random.Next(5) switch
        {
            0 => new(30),
            1 => new(45, PaymentTermsBasis.DaysThenEndOfMonth),
            2 => new(60),
            3 => new(30, PaymentTermsBasis.EndOfMonthThenDays),
            _ => new(45),
        };
        return new DemoClient($"C{index + 1:00000}", name, country, profile, volume, terms);
    }

    // Calibrated on published French payment behaviour. Altares' half-year studies of payment behaviour: 49.3 % of
    // French companies paid on time in H1 2023 and 48.7 % in H1 2024, late payers by 12.9 days on average (H1 2024),
    // and 7.6 % of payments were more than 30 days late (H1 2023, up from 5.7 %). Banque de France, report of the
    // Observatoire des délais de paiement: clients paid in 42 days of sales on average in 2021 (terms 30 to 60 days).
    // So half the clients pay on time, slow payers are late on about half their invoices by a week or two, a few
    // pay a month late or more; debts past 90 days are disputes and a handful of bad payers, so they stay rare, as in
    // a company that is not failing. About a third of the clients are then behind on something at any date: how many
    // of their orders wait depends on the OrderBlocks tolerance (`creditbot demo --import` prints the resulting book;
    // README, "The demo data").
    private static Profile PickProfile(Random random) => random.NextDouble() switch
    {
        < 0.50 => Profile.Good,
        < 0.88 => Profile.Slow,
        < 0.95 => Profile.Late,
        < 0.96 => Profile.Bad,
        < 0.98 => Profile.Partial,
        _ => Profile.Disputer,
    };

    private static List<(DateOnly Date, decimal Amount)> PaymentPlan(Profile profile, bool disputed, DateOnly due, decimal amount, Random random)
    {
        switch (profile)
        {
            case Profile.Good:
                return [(due.AddDays(random.Next(-5, 1)), amount)];
            case Profile.Slow:
                return random.NextDouble() < 0.5 ? [(due.AddDays(random.Next(-3, 1)), amount)] : [(due.AddDays(random.Next(1, 26)), amount)];
            case Profile.Late:
                return [(due.AddDays(random.Next(15, 41)), amount)];
            case Profile.Bad:
                return [(due.AddDays(random.Next(60, 131)), amount)];
            case Profile.Partial:
                var first = Math.Round(amount / 2m, 2);
                return [(due.AddDays(random.Next(0, 11)), first), (due.AddDays(random.Next(30, 61)), amount - first)];
            default:
                // A dispute is settled in the end, most within three months of the due date.
                return disputed
                    ? [(due.AddDays(random.Next(30, 121)), amount)]
                    : [(due.AddDays(random.Next(0, 11)), amount)];
        }
    }

    private static void AppendMaster(StringBuilder csv, DemoClient client, int index, DateOnly asOf, Random random)
    {
        var salesperson = DemoSalespeople.All[index % DemoSalespeople.All.Count];
        var owner = index % 2 == 0 ? salesperson.Upn : salesperson.ObjectId;
        // Limits leave room for the usual open orders (up to three months of volume) on top of the invoices not yet due.
        var exposure = client.MonthlyVolume * ((client.Terms.Days / 30m) + 2.5m);
        var noLine = client.Name == "Durand Logistique" || (index >= Memorable.Length && random.NextDouble() < 0.02);
        var overLimit = client.Name == "ACME Industrie SAS" || (index >= Memorable.Length && random.NextDouble() < 0.03);
        decimal? limit = noLine ? null
            : overLimit ? Math.Max(5000m, Math.Round(Math.Min(exposure, client.OpenAtCutOff + 1m) * 0.5m / 1000m) * 1000m)
            : Math.Ceiling(exposure * (decimal)(1.3 + random.NextDouble()) / 5000m) * 5000m;
        var siren = client.Country == "FR" ? (100_000_000 + random.Next(899_999_999)).ToString(CultureInfo.InvariantCulture) : "";
        var vat = siren.Length == 9 ? $"FR{(12 + (3 * (long.Parse(siren, CultureInfo.InvariantCulture) % 97))) % 97:00}{siren}" : "";
        var risk = client.Profile switch
        {
            Profile.Good => random.NextDouble() < 0.5 ? "A" : "B",
            Profile.Bad => random.NextDouble() < 0.5 ? "D" : "E",
            _ => "C",
        };
        var cover = limit is { } l && random.NextDouble() < 0.6 ? Math.Round(l * 0.8m, 0).ToString(CultureInfo.InvariantCulture) : "";
        var blocked = client.Name == "Moreau Emballages SARL" || (index >= Memorable.Length && random.NextDouble() < 0.01);
        csv.Append(CultureInfo.InvariantCulture,
            $"{client.Code};{client.Name};{siren};{vat};{client.Country};{BusinessUnits[index % BusinessUnits.Length]};{owner};{client.Terms.Days};{client.Terms.Basis};" +
            $"{limit?.ToString("0", CultureInfo.InvariantCulture)};{(limit is null ? "" : asOf.AddDays(random.Next(-15, 350)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))};" +
            $"{(limit is null ? "" : asOf.AddDays(-random.Next(365, 1100)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))};{cover};{risk};{(blocked ? "yes" : "no")};EUR\n");
    }

    private static void WriteFec(string path, List<Entry> entries)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write("JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\n");
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[32];
        foreach (var entry in entries)
        {
            var number = numbers[entry.Journal] = numbers.GetValueOrDefault(entry.Journal) + 1;
            var journalLabel = entry.Journal == "VE" ? "Ventes" : "Banque";
            foreach (var line in entry.Lines)
            {
                writer.Write(entry.Journal);
                writer.Write('\t');
                writer.Write(journalLabel);
                writer.Write('\t');
                writer.Write(number.ToString("000000", CultureInfo.InvariantCulture));
                writer.Write('\t');
                WriteDate(writer, entry.Date, buffer);
                writer.Write('\t');
                writer.Write(line.Account);
                writer.Write('\t');
                writer.Write(line.AccountLabel);
                writer.Write('\t');
                writer.Write(line.Aux);
                writer.Write('\t');
                writer.Write(line.AuxLabel);
                writer.Write('\t');
                writer.Write(line.Piece);
                writer.Write('\t');
                WriteDate(writer, line.PieceDate, buffer);
                writer.Write('\t');
                writer.Write(line.Label);
                writer.Write('\t');
                WriteAmount(writer, line.Debit, buffer);
                writer.Write('\t');
                WriteAmount(writer, line.Credit, buffer);
                writer.Write('\t');
                writer.Write(line.Letter);
                writer.Write('\t');
                if (line.LetterDate is { } lettered)
                {
                    WriteDate(writer, lettered, buffer);
                }

                writer.Write('\t');
                WriteDate(writer, entry.Date, buffer);
                writer.Write("\t\t\n");
            }
        }
    }

    private static void WriteDate(StreamWriter writer, DateOnly date, Span<char> buffer)
    {
        date.TryFormat(buffer, out var written, "yyyyMMdd", CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }

    private static void WriteAmount(StreamWriter writer, decimal amount, Span<char> buffer)
    {
        amount.TryFormat(buffer, out var written, "0.00", CultureInfo.InvariantCulture);
        buffer[..written].Replace('.', ',');
        writer.Write(buffer[..written]);
    }
}

/// <summary>What to generate: number of clients, seed, cut-off date and months of history.</summary>
public sealed record DemoSettings(int Clients, int Seed, DateOnly AsOf, int Months = 18);

/// <summary>The files written by <see cref="DemoLedgerGenerator.Write"/>.</summary>
public sealed record DemoFiles(string Ledger, string Clients, string Orders, string ItemStatus)
{
    public int LedgerLines { get; init; }

    public int ClientCount { get; init; }
}
