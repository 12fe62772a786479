using CsvHelper;

namespace CreditBot.Ledger.Csv;

/// <summary>
/// A CSV file read row by row through CsvHelper, with its encoding detected and its header names matched
/// case-insensitively. Problems (encoding, missing columns) go to the batch with file and line.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly Stream _stream;
    private readonly CsvReader _csv;
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string file, Stream stream, CsvReader csv, Dictionary<string, int> columns)
    {
        File = file;
        _stream = stream;
        _csv = csv;
        _columns = columns;
    }

    public string File { get; }

    /// <summary>The physical line of the current row (1 = header).</summary>
    public long Line => _csv.LineNumber;

    public SourcePosition Position => new(File, Line);

    public static CsvTable? Open(LedgerInput input, string? delimiter, LedgerBatch batch, CancellationToken cancellationToken, params string?[] requiredColumns)
    {
        var (encoding, problem) = TextEncodingDetector.Detect(input, cancellationToken);
        if (problem is not null)
        {
            batch.AddProblem(problem);
            return null;
        }

        var stream = input.Open();
        var text = new StreamReader(stream, encoding!, detectEncodingFromByteOrderMarks: true);
        var options = new CsvReaderOptions
        {
            Separator = delimiter is { Length: 1 } ? delimiter[0] : null,
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
        };
        var csv = CsvReader.Create(text, options, leaveOpen: false);
        var header = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        if (header.Length == 0 || header.All(string.IsNullOrEmpty))
        {
            batch.AddProblem(new ImportProblem(input.Name, 1, "header", "empty file: the first line must hold the column names"));
            csv.Dispose();
            stream.Dispose();
            return null;
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(header[i], i);
        }

        var missing = requiredColumns.Where(c => c is not null && !columns.ContainsKey(c)).ToList();
        foreach (var column in missing)
        {
            batch.AddProblem(new ImportProblem(input.Name, 1, column!, $"missing column {column} in the header line (found: {string.Join(", ", header)})"));
        }

        if (missing.Count > 0)
        {
            csv.Dispose();
            stream.Dispose();
            return null;
        }

        return new CsvTable(input.Name, stream, csv, columns);
    }

    public bool Has(string? column) => column is not null && _columns.ContainsKey(column);

    public bool Read() => _csv.Read();

    /// <summary>The trimmed cell, or null when the column is absent or the cell blank.</summary>
    public string? Get(string? column)
    {
        if (column is null || !_columns.TryGetValue(column, out var index))
        {
            return null;
        }

        if (index >= _csv.FieldCount || _csv.IsEmpty(index))
        {
            return null;
        }

        var value = _csv.GetString(index).Trim();
        return value.Length == 0 ? null : value;
    }

    public bool RowIsBlank()
    {
        for (var i = 0; i < _csv.FieldCount; i++)
        {
            if (!_csv.IsEmpty(i) && !string.IsNullOrWhiteSpace(_csv.GetString(i)))
            {
                return false;
            }
        }

        return true;
    }

    public void Dispose()
    {
        _csv.Dispose();
        _stream.Dispose();
    }
}
