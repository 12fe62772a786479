namespace CreditBot.Ledger.Fec;

/// <summary>Positions of the FEC fields the importer reads, found by name in the header line.</summary>
internal sealed class FecColumns
{
    public int Journal { get; private init; }

    public int EntryNumber { get; private init; }

    public int EntryDate { get; private init; }

    public int Account { get; private init; }

    public int AuxiliaryNumber { get; private init; }

    public int AuxiliaryLabel { get; private init; }

    public int PieceRef { get; private init; }

    public int PieceDate { get; private init; }

    public int Debit { get; private init; }

    public int Credit { get; private init; }

    public int Amount { get; private init; }

    public int Sense { get; private init; }

    public int Letter { get; private init; }

    public int LetterDate { get; private init; }

    /// <summary>True when amounts come as <c>Montant</c> + <c>Sens</c> instead of <c>Debit</c>/<c>Credit</c>.</summary>
    public bool UsesSense => Amount >= 0;

    /// <summary>How many fields a line needs at least.</summary>
    public int Required { get; private set; }

    public char Separator { get; private init; }

    /// <summary>True when the line is a header (first field <c>JournalCode</c>), e.g. repeated by a split file.</summary>
    public static bool IsHeader(ReadOnlySpan<char> line) =>
        line.TrimStart('\uFEFF').TrimStart(' ').StartsWith("JournalCode", StringComparison.OrdinalIgnoreCase);

    public static FecColumns? Parse(string header, string file, LedgerBatch batch)
    {
        header = header.TrimStart('\uFEFF');
        var separator = header.Contains('\t', StringComparison.Ordinal) ? '\t' : header.Contains('|', StringComparison.Ordinal) ? '|' : '\0';
        if (separator == '\0')
        {
            batch.AddProblem(new ImportProblem(file, 1, "header", "no TAB or | separator in the header line: not an FEC flat file"));
            return null;
        }

        var names = header.Split(separator).Select(n => n.Trim()).ToArray();
        var missing = new List<string>();

        int Find(string name, bool required = true)
        {
            var index = Array.FindIndex(names, n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (index < 0 && required)
            {
                missing.Add(name);
            }

            return index;
        }

        var debit = Find("Debit", required: false);
        var credit = Find("Credit", required: false);
        var amount = -1;
        var sense = -1;
        if (debit < 0 || credit < 0)
        {
            amount = Find("Montant", required: false);
            sense = Find("Sens", required: false);
            if (amount < 0 || sense < 0)
            {
                missing.Add(debit < 0 ? "Debit (or Montant + Sens)" : "Credit (or Montant + Sens)");
            }
        }

        var columns = new FecColumns
        {
            Separator = separator,
            Journal = Find("JournalCode"),
            EntryNumber = Find("EcritureNum"),
            EntryDate = Find("EcritureDate"),
            Account = Find("CompteNum"),
            AuxiliaryNumber = Find("CompAuxNum"),
            AuxiliaryLabel = Find("CompAuxLib", required: false),
            PieceRef = Find("PieceRef"),
            PieceDate = Find("PieceDate"),
            Letter = Find("EcritureLet"),
            LetterDate = Find("DateLet"),
            Debit = debit,
            Credit = credit,
            Amount = amount,
            Sense = sense,
        };

        if (missing.Count > 0)
        {
            foreach (var name in missing)
            {
                batch.AddProblem(new ImportProblem(file, 1, name, $"missing column {name} in the header line"));
            }

            return null;
        }

        int[] used =
        [
            columns.Journal, columns.EntryNumber, columns.EntryDate, columns.Account, columns.AuxiliaryNumber, columns.AuxiliaryLabel,
            columns.PieceRef, columns.PieceDate, columns.Letter, columns.LetterDate, debit, credit, amount, sense,
        ];
        columns.Required = used.Max() + 1;
        return columns;
    }
}
