using System.Buffers;
using CreditBot.Domain.Clients;

namespace CreditBot.Questions;

/// <summary>
/// Finds the client a salesperson means. Tries, in order: the code (exact, case-insensitive), the
/// SIREN (9 digits) or SIRET (14 digits, spaces allowed), the code or VAT number without separators,
/// the exact name (folded; then without legal form; then without "et Fils"/"&amp; Cie"), and finally a
/// typo-tolerant, partial match on name words. Indexes are built once; one instance serves many queries
/// and is safe to share between threads.
/// </summary>
/// <remarks>
/// Fuzzy score, from 0 to 1: the better of (a) 0.8 × the mean over query words, weighted by rarity, of
/// their best match with a name word (1 equal; 0.75 to 0.95 for a prefix of three letters or more;
/// 1 − distance/length for one typo from four letters, two from eight) + 0.2 × the share of name words
/// matched, and (b) 0.95 × the whole-name similarity without spaces when at most two edits apart. A client is plausible from
/// <see cref="AcceptScore"/>; the best is a clear winner when no other is within <see cref="ClearMargin"/>.
/// Candidates are the names sharing trigrams with the query, the names with a word the query word begins, and the names
/// with a word one edit from it (found through the one-letter deletions of every name word, indexed once): a short
/// word with a letter swapped or missing ("amce", "druand") shares too few trigrams. A three-letter word forgives the
/// letter missing from a four-letter one ("rox" for "roux"). A name not found offers at most
/// <see cref="MaxSuggestions"/> close clients.
/// </remarks>
public sealed class ClientMatcher
{
    public const int MaxCandidates = 8;
    public const int MaxSuggestions = 3;
    public const double AcceptScore = 0.62;
    public const double ClearMargin = 0.08;
    public const double SuggestScore = 0.4;

    private const int MaxQueryLength = 200;
    private const int MaxScored = 100;
    private const int MaxPrefixed = 50;

    private readonly Entry[] _entries;
    private readonly Dictionary<string, int[]> _byCode;
    private readonly Dictionary<string, int[]> _byCompactId;
    private readonly Dictionary<string, int[]> _bySiren;
    private readonly Dictionary<string, int[]> _bySiret;
    private readonly Dictionary<string, int[]> _byFullName;
    private readonly Dictionary<string, int[]> _byNoFormName;
    private readonly Dictionary<string, int[]> _byCoreName;
    private readonly Dictionary<string, int[]> _byTrigram;
    private readonly string[] _words;
    private readonly int[][] _wordEntries;
    private readonly Dictionary<string, double> _rarity;
    private readonly string[] _numberWords;
    private readonly Dictionary<string, int[]> _wordsByDeletion;
    private readonly HashSet<string> _firstWords;
    private readonly HashSet<(string, string)> _pairs;
    private readonly double _rarest;

    public ClientMatcher(IEnumerable<Client> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        _entries = [.. clients.Select(c => new Entry(c, ClientName.Of(c.Name)))];
        var indexes = Enumerable.Range(0, _entries.Length).ToArray();

        _byCode = Index(indexes, i => [_entries[i].Client.Code.Value.Trim()], StringComparer.OrdinalIgnoreCase);
        _byCompactId = Index(indexes, i => [Compact(_entries[i].Client.Code.Value), Compact(_entries[i].Client.VatNumber)]);
        _bySiren = Index(indexes, i => [Digits(_entries[i].Client.Siren), Digits(_entries[i].Client.Siret) is { Length: 14 } siret ? siret[..9] : null]);
        _bySiret = Index(indexes, i => [Digits(_entries[i].Client.Siret)]);
        _byFullName = Index(indexes, i => [_entries[i].Name.Full]);
        _byNoFormName = Index(indexes, i => [_entries[i].Name.NoForm]);
        _byCoreName = Index(indexes, i => [_entries[i].Name.Core]);
        _byTrigram = Index(indexes, i => _entries[i].Trigrams);

        var byWord = Index(indexes, i => _entries[i].Name.Words);
        _words = [.. byWord.Keys.Order(StringComparer.Ordinal)];
        _wordEntries = [.. _words.Select(w => byWord[w])];
        _numberWords = [.. _words.Where(w => w.All(char.IsAsciiDigit))];
        _firstWords = [.. _entries.Select(e => e.Name.Full.Split(' ')[0]).Where(w => w.Length > 0)];
        _pairs = [.. _entries.SelectMany(e => Pairs(e.Name.Full.Split(' ')))];
        var wordIndexes = Enumerable.Range(0, _words.Length).Where(w => IsTypoWord(_words[w])).ToArray();
        _wordsByDeletion = Index(wordIndexes, w => Deletions(_words[w]));

        // Inverse document frequency: ln(1 + clients / clients with the word).
        _rarest = Math.Log(1d + _entries.Length);
        _rarity = byWord.ToDictionary(w => w.Key, w => Math.Log(1d + ((double)_entries.Length / w.Value.Length)), StringComparer.Ordinal);
        foreach (var entry in _entries)
        {
            entry.Rarity = [.. entry.Name.Words.Select(w => _rarity[w])];
        }
    }

    public int Count => _entries.Length;

    /// <summary>Whether a folded word is a word of some client's name (legal forms and "et"/"&amp;" aside).</summary>
    public bool IsNameWord(string folded) => _rarity.ContainsKey(folded);

    /// <summary>Whether a folded word begins some client's name ("petit" for "Petit Électronique SARL").</summary>
    public bool StartsName(string folded) => _firstWords.Contains(folded);

    /// <summary>Whether two folded words follow each other in some client's name ("grand", "est").</summary>
    public bool IsNamePair(string first, string second) => _pairs.Contains((first, second));

    /// <summary>Whether a text is exactly some client's code (case ignored).</summary>
    public bool IsClientCode(string text) => _byCode.ContainsKey(text.Trim());

    public ClientMatch Match(string? query)
    {
        var text = (query ?? string.Empty).Trim();
        if (text.Length is 0 or > MaxQueryLength)
        {
            return new ClientMatch.NotFound([]);
        }

        if (_byCode.TryGetValue(text, out var byCode))
        {
            return Outcome(byCode);
        }

        if (text.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-') && Digits(text) is { } digits
            && (digits.Length == 9 ? _bySiren : _bySiret).TryGetValue(digits, out var byNumber))
        {
            return Outcome(byNumber);
        }

        if (Compact(text) is { } compact && _byCompactId.TryGetValue(compact, out var byId))
        {
            return Outcome(byId);
        }

        var name = ClientName.Of(text);
        if (name.Words.Length == 0)
        {
            return new ClientMatch.NotFound([]);
        }

        if (ExactName(name) is { } exact)
        {
            return Outcome(exact);
        }

        // A number that is in no client's name, nor one digit away from a number that is ("encours ACME
        // Industrie 2", a quantity, a stray digit), says nothing about the client: match the other words.
        var named = WithoutStrayNumbers(name);
        if (named is not null && ExactName(named) is { } exactWithoutNumbers)
        {
            return Outcome(exactWithoutNumbers);
        }

        return Fuzzy(named ?? name);
    }

    private int[]? ExactName(ClientName name) =>
        _byFullName.TryGetValue(name.Full, out var exact)
            || _byNoFormName.TryGetValue(name.NoForm, out exact)
            || _byCoreName.TryGetValue(name.Core, out exact)
            ? exact
            : null;

    private ClientName? WithoutStrayNumbers(ClientName name)
    {
        var words = name.Full.Split(' ');
        var kept = words.Where(w => !IsStrayNumber(w)).ToArray();
        return kept.Length == words.Length || kept.Length == 0 ? null : ClientName.Of(string.Join(' ', kept));
    }

    private bool IsStrayNumber(string word) =>
        word.All(char.IsAsciiDigit) && !_numberWords.Any(number => EditDistance.Between(word, number, limit: 1) <= 1);

    private ClientMatch Fuzzy(ClientName name)
    {
        var scored = Candidates(name)
            .Select(i => (Entry: _entries[i], Score: Score(name, _entries[i])))
            .Where(s => s.Score >= SuggestScore)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Entry.Client.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Entry.Client.Code.Value, StringComparer.Ordinal)
            .ToList();

        if (scored.Count == 0 || scored[0].Score < AcceptScore)
        {
            return new ClientMatch.NotFound([.. scored.Take(MaxSuggestions).Select(s => s.Entry.Client)]);
        }

        var best = scored[0].Score;
        var contenders = scored.Where(s => s.Score > best - ClearMargin).Take(MaxCandidates).Select(s => s.Entry.Client).ToList();
        return contenders.Count == 1 ? new ClientMatch.Found(contenders[0]) : new ClientMatch.Ambiguous(contenders);
    }

    /// <summary>
    /// The entries sharing the most trigrams with the query, plus, for a query word that is no name word,
    /// some entries with a word it begins.
    /// </summary>
    private HashSet<int> Candidates(ClientName name)
    {
        var candidates = new HashSet<int>();
        var trigrams = Trigrams(name.Core);

        // Plain loops over pooled arrays: a common word ("industrie") shares trigrams with thousands of names.
        // Pooled arrays come back dirty from other users: clear before counting.
        var size = Math.Max(_entries.Length, 1);
        var counts = ArrayPool<int>.Shared.Rent(size);
        var touched = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(counts, 0, _entries.Length);
        try
        {
            var touchedCount = 0;
            var most = 0;
            foreach (var trigram in trigrams)
            {
                if (!_byTrigram.TryGetValue(trigram, out var entries))
                {
                    continue;
                }

                foreach (var entry in entries)
                {
                    var count = ++counts[entry];
                    if (count == 1)
                    {
                        touched[touchedCount++] = entry;
                    }

                    most = Math.Max(most, count);
                }
            }

            // The entries with at least half the best count of shared trigrams and a Dice coefficient of 0.2,
            // the best MaxScored of them (ties in the order first touched).
            var enough = Math.Max(1, most / 2);
            var shared = new List<(double Dice, int Order, int Index)>();
            for (var t = 0; t < touchedCount; t++)
            {
                var index = touched[t];
                if (counts[index] < enough)
                {
                    continue;
                }

                var dice = 2d * counts[index] / (trigrams.Length + _entries[index].Trigrams.Length);
                if (dice >= 0.2)
                {
                    shared.Add((dice, t, index));
                }
            }

            if (shared.Count > MaxScored)
            {
                shared.Sort(static (x, y) => x.Dice != y.Dice ? y.Dice.CompareTo(x.Dice) : x.Order.CompareTo(y.Order));
            }

            for (var k = 0; k < shared.Count && k < MaxScored; k++)
            {
                candidates.Add(shared[k].Index);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<int>.Shared.Return(touched);
        }

        foreach (var word in name.Words.Where(w => w.Length >= 3 && !_rarity.ContainsKey(w)))
        {
            for (var w = LowerBound(word); w < _words.Length && _words[w].StartsWith(word, StringComparison.Ordinal); w++)
            {
                candidates.UnionWith(_wordEntries[w].Take(MaxPrefixed));
                if (candidates.Count >= MaxScored + MaxPrefixed)
                {
                    break;
                }
            }

            // A short word with one letter swapped or missing ("amce", "druand", "rox") shares too few trigrams with
            // the name: its one-deletion neighbours find the name words one edit away.
            if (IsTypoWord(word))
            {
                foreach (var key in Deletions(word))
                {
                    if (!_wordsByDeletion.TryGetValue(key, out var near))
                    {
                        continue;
                    }

                    foreach (var w in near)
                    {
                        if (EditDistance.Between(word, _words[w], limit: 1) <= 1)
                        {
                            candidates.UnionWith(_wordEntries[w].Take(MaxPrefixed));
                        }
                    }
                }
            }
        }

        return candidates;
    }

    /// <summary>
    /// Query words count by rarity (a common word such as "logistique" says less than a surname); the
    /// share of the name covered counts by words.
    /// </summary>
    private double Score(ClientName query, Entry entry)
    {
        var nameWords = entry.Name.Words;
        if (nameWords.Length == 0)
        {
            return 0d;
        }

        var matched = 0;
        Span<bool> taken = nameWords.Length <= 64 ? stackalloc bool[nameWords.Length] : new bool[nameWords.Length];
        var weighted = 0d;
        var weights = 0d;
        foreach (var queryWord in query.Words)
        {
            var best = 0d;
            var bestAt = -1;
            for (var j = 0; j < nameWords.Length; j++)
            {
                var similarity = WordSimilarity(queryWord, nameWords[j]);
                if (similarity > best)
                {
                    best = similarity;
                    bestAt = j;
                }
            }

            var weight = bestAt >= 0 && best >= 0.7 ? entry.Rarity[bestAt] : _rarity.GetValueOrDefault(queryWord, _rarest);
            weighted += weight * best;
            weights += weight;
            if (bestAt >= 0 && best >= 0.7 && !taken[bestAt])
            {
                taken[bestAt] = true;
                matched++;
            }
        }

        var wordScore = (0.8 * weighted / weights) + (0.2 * matched / nameWords.Length);

        // A typo or a missing space anywhere in the name: at most two edits over the whole name.
        var (a, b) = (query.Compact, entry.Name.Compact);
        var distance = EditDistance.Between(a, b, limit: 2);
        var wholeScore = distance <= 2 ? 0.95 * (1d - ((double)distance / Math.Max(a.Length, b.Length))) : 0d;
        return Math.Max(wordScore, wholeScore);
    }

    private static double WordSimilarity(string queryWord, string nameWord)
    {
        if (string.Equals(queryWord, nameWord, StringComparison.Ordinal))
        {
            return 1d;
        }

        if (queryWord.Length >= 3 && nameWord.StartsWith(queryWord, StringComparison.Ordinal))
        {
            return 0.75 + (0.2 * queryWord.Length / nameWord.Length);
        }

        // Three letters forgive one only when it is the letter missing from a four-letter word ("rox" for "roux").
        var allowed = queryWord.Length >= 8 ? 2 : queryWord.Length >= 4 || (queryWord.Length == 3 && nameWord.Length == 4) ? 1 : 0;
        var distance = EditDistance.Between(queryWord, nameWord, allowed);
        return distance <= allowed ? 1d - ((double)distance / Math.Max(queryWord.Length, nameWord.Length)) : 0d;
    }

    private ClientMatch Outcome(int[] indexes) => indexes.Length == 1
        ? new ClientMatch.Found(_entries[indexes[0]].Client)
        : new ClientMatch.Ambiguous([.. indexes
            .Select(i => _entries[i].Client)
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Code.Value, StringComparer.Ordinal)
            .Take(MaxCandidates)]);

    private int LowerBound(string word)
    {
        var (low, high) = (0, _words.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(_words[middle], word) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static Dictionary<string, int[]> Index(int[] indexes, Func<int, IEnumerable<string?>> keys, StringComparer? comparer = null)
    {
        var lists = new Dictionary<string, List<int>>(comparer ?? StringComparer.Ordinal);
        foreach (var index in indexes)
        {
            foreach (var key in keys(index))
            {
                if (string.IsNullOrEmpty(key))
                {
                    continue;
                }

                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = [];
                }

                if (list.Count == 0 || list[^1] != index)
                {
                    list.Add(index);
                }
            }
        }

        return lists.ToDictionary(p => p.Key, p => p.Value.ToArray(), comparer ?? StringComparer.Ordinal);
    }

    private static IEnumerable<(string, string)> Pairs(string[] words)
    {
        for (var i = 0; i + 1 < words.Length; i++)
        {
            yield return (words[i], words[i + 1]);
        }
    }

    /// <summary>Words of letters from three to twenty: the ones a typo is looked for in.</summary>
    private static bool IsTypoWord(string word) => word.Length is >= 3 and <= 20 && !word.Any(char.IsAsciiDigit);

    /// <summary>The word and each of its one-letter deletions.</summary>
    private static IEnumerable<string> Deletions(string word)
    {
        yield return word;
        for (var i = 0; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
        }
    }

    private static string? Digits(string? value)
    {
        var digits = value is null ? string.Empty : string.Concat(value.Where(char.IsAsciiDigit));
        return digits.Length is 9 or 14 ? digits : null;
    }

    private static string? Compact(string? value)
    {
        var compact = value is null ? string.Empty : string.Concat(value.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();
        return compact.Length == 0 ? null : compact;
    }

    private static string[] Trigrams(string core)
    {
        var padded = $" {core} ";
        var trigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            trigrams.Add(padded.Substring(i, 3));
        }

        return [.. trigrams];
    }

    private sealed class Entry(Client client, ClientName name)
    {
        public Client Client { get; } = client;

        public ClientName Name { get; } = name;

        public string[] Trigrams { get; } = ClientMatcher.Trigrams(name.Core);

        /// <summary>The rarity of each of <see cref="ClientName.Words"/>, set once the index is built.</summary>
        public double[] Rarity { get; set; } = [];
    }
}
