namespace CreditBot.Questions;

/// <summary>
/// A message split into words, with the keywords found among them. The words that are neither
/// keywords nor taken by a figure are the candidates for a client query; stop words are trimmed from
/// both ends of each run of them.
/// </summary>
internal sealed class ParsedWords
{
    private readonly Keyword?[] _keywordAt;
    private readonly HashSet<Concept> _concepts = [];

    private readonly ClientMatcher? _names;

    /// <param name="text">The message, cleaned.</param>
    /// <param name="names">The clients' names when known: a word of a name is never taken for a typo of a command
    /// word nor thrown away as filler.</param>
    public ParsedWords(string text, ClientMatcher? names = null)
    {
        _names = names;
        Folded = FoldedText.Create(text);
        Tokens = Tokenizer.Split(Folded.Text);
        var shouting = !text.Any(char.IsLower);
        Canonical = [.. Tokens.Select((token, i) => Canonicalise(token, mayBeName: (i > 0 && !shouting && IsCapitalised(token)) || IsNameWord(token.Text)))];
        _keywordAt = new Keyword?[Tokens.Count];
        MarkKeywords();
    }

    public FoldedText Folded { get; }

    public List<Token> Tokens { get; }

    /// <summary>Each token as the parser reads it: a keyword word for a typo of one, itself otherwise.</summary>
    public string[] Canonical { get; }

    public bool Has(Concept concept) => _concepts.Contains(concept);

    public Keyword? KeywordAt(int index) => _keywordAt[index];

    public bool IsFree(int index) => _keywordAt[index] is null;

    /// <summary>
    /// A stop word, or a word that says when rather than who ("semaine") and is no client's name word. A stop word in
    /// a name is kept next to the rest of the name, or alone when nothing else is left (see <see cref="Join(IEnumerable{int})"/>).
    /// </summary>
    public bool IsStop(int index) =>
        Lexicon.StopWords.ContainsKey(Canonical[index]) || (Lexicon.NotNames.Contains(Canonical[index]) && !IsNameWord(Tokens[index].Text));

    /// <summary>A free word, outside the taken spans, that says when or how rather than who ("who is late this week?").</summary>
    public bool HasQualifier(params (int Start, int End)[] taken)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (IsFree(i) && Lexicon.NotNames.Contains(Canonical[i]) && !IsNameWord(Tokens[i].Text) && !taken.Any(span => Tokens[i].Overlaps(span.Start, span.End)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any word is a greeting ("bonjour", "hi").</summary>
    public bool HasGreeting() => Canonical.Any(Lexicon.Greetings.Contains);

    private bool IsNameWord(string folded) => _names?.IsNameWord(folded) == true;

    /// <summary>
    /// A stop word kept at the edge of a client query because it follows (or precedes) the next word in some client's
    /// name: "Grand Est" in "encours Grand Est" ("est" is otherwise a verb). Grammar words are never kept so.
    /// </summary>
    private bool IsNameEdge(int index, int neighbour, bool before)
    {
        if (_names is null || neighbour < 0 || Lexicon.FunctionWords.Contains(Tokens[index].Text))
        {
            return false;
        }

        var (first, second) = before ? (Tokens[index].Text, Tokens[neighbour].Text) : (Tokens[neighbour].Text, Tokens[index].Text);
        return _names.IsNamePair(first, second);
    }

    public int FirstIndexOf(Concept concept)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (_keywordAt[i]?.Concept == concept)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The client query: the words that are not keywords nor inside a taken span, stop words trimmed.</summary>
    public ClientText Residual(params (int Start, int End)[] taken) =>
        Join(Enumerable.Range(0, Tokens.Count).Where(i => IsFree(i) && !taken.Any(span => Tokens[i].Overlaps(span.Start, span.End))));

    /// <summary>Runs of consecutive token indexes, each trimmed of stop words, joined as the user typed them.</summary>
    public ClientText Join(IEnumerable<int> indexes)
    {
        var list = indexes as IReadOnlyList<int> ?? [.. indexes];
        var joined = Join(list, rescueNames: false);
        return joined.IsEmpty && _names is not null ? Join(list, rescueNames: true) : joined;
    }

    /// <param name="indexes">Token indexes, ascending.</param>
    /// <param name="rescueNames">When nothing else is left: keep a stop word that begins a client's name ("encours
    /// petit" for "Petit Électronique"), with the words that follow it in that name.</param>
    private ClientText Join(IReadOnlyList<int> indexes, bool rescueNames)
    {
        var kept = new List<int>();
        var parts = new List<string>();
        var run = new List<int>();
        void Flush()
        {
            var first = 0;
            var last = run.Count - 1;
            while (first <= last && IsStop(run[first]) && !IsCapitalisedArticle(run[first])
                && !IsNameEdge(run[first], first < last ? run[first + 1] : -1, before: true)
                && !(rescueNames && _names!.StartsName(Tokens[run[first]].Text) && !Lexicon.FunctionWords.Contains(Tokens[run[first]].Text)))
            {
                first++;
            }

            while (last >= first && IsStop(run[last]) && !IsCapitalisedLegalForm(run[last])
                && !IsNameEdge(run[last], last > first ? run[last - 1] : -1, before: false)
                && !(rescueNames && last == first))
            {
                last--;
            }

            if (first <= last)
            {
                var end = Tokens[run[last]].End;
                if (Tokens[run[last]].Text.Length == 1 && end < Folded.Text.Length && Folded.Text[end] == '.')
                {
                    end++;
                }

                parts.Add(Folded.OriginalSlice(Tokens[run[first]].Start, end));
                kept.AddRange(run.GetRange(first, last - first + 1));
            }

            run.Clear();
        }

        foreach (var index in indexes)
        {
            if (run.Count > 0 && index != run[^1] + 1)
            {
                Flush();
            }

            run.Add(index);
        }

        Flush();
        return new ClientText(string.Join(' ', parts), kept);
    }

    /// <summary>"fr" or "en" when the words outside <paramref name="excluded"/> lean one way, null otherwise.</summary>
    public string? Language(IReadOnlyCollection<int> excluded)
    {
        var french = 0;
        var english = 0;
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (excluded.Contains(i))
            {
                continue;
            }

            var language = _keywordAt[i] is { } keyword
                ? keyword.Language ?? Lexicon.WordLanguages.GetValueOrDefault(Canonical[i])
                : Lexicon.WordLanguages.GetValueOrDefault(Canonical[i]);
            french += language == "fr" ? 1 : 0;
            english += language == "en" ? 1 : 0;
        }

        return french > english ? "fr" : english > french ? "en" : null;
    }

    /// <summary>"La" in "encours de La Poste": an article typed with a capital after the first word belongs to the name.</summary>
    private bool IsCapitalisedArticle(int index) =>
        index > 0 && Lexicon.Articles.Contains(Canonical[index]) && IsCapitalised(Tokens[index]);

    /// <summary>"SA" in "encours Martin SA": a legal form typed with a capital ends the name, it is not "sa" (her).</summary>
    private bool IsCapitalisedLegalForm(int index) =>
        ClientName.LegalForms.Contains(Canonical[index]) && IsCapitalised(Tokens[index]);

    private bool IsCapitalised(Token token)
    {
        var original = Folded.OriginalSlice(token.Start, token.End);
        return original.Length > 0 && char.IsUpper(original[0]);
    }

    /// <summary>
    /// The token itself when known, else the command word it is a typo of. A capitalised word after the
    /// first is taken as part of a name and left alone ("encours Renard" is not "retard").
    /// </summary>
    private static string Canonicalise(Token token, bool mayBeName)
    {
        var text = token.Text;
        if (!mayBeName && Lexicon.Shorthands.TryGetValue(text, out var longhand))
        {
            return longhand;
        }

        if (mayBeName || token.HasDigit || text.Length < 6 || Lexicon.KnownWords.Contains(text))
        {
            return text;
        }

        var allowed = text.Length >= 10 ? 2 : 1;
        string? best = null;
        var bestDistance = allowed + 1;
        foreach (var word in Lexicon.FuzzyVocabulary)
        {
            var distance = EditDistance.Between(text, word, allowed);
            if (distance < bestDistance)
            {
                best = word;
                bestDistance = distance;
            }
        }

        return best ?? text;
    }

    private void MarkKeywords()
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (_keywordAt[i] is not null || !Lexicon.KeywordsByFirstWord.TryGetValue(Canonical[i], out var candidates))
            {
                continue;
            }

            foreach (var keyword in candidates)
            {
                if (Matches(keyword, i))
                {
                    for (var k = 0; k < keyword.Words.Length; k++)
                    {
                        _keywordAt[i + k] = keyword;
                    }

                    _concepts.Add(keyword.Concept);
                    i += keyword.Words.Length - 1;
                    break;
                }
            }
        }

        if (_names is not null)
        {
            FreeKeywordsInNames();
        }
    }

    /// <summary>
    /// A one-word command word that is a word of a client's name next to the rest of that name ("info" in "encours
    /// Info Conseil", "position" in "bloqué Position Conseil") belongs to the name, when another command word says what
    /// is asked.
    /// </summary>
    private void FreeKeywordsInNames()
    {
        var freed = false;
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (_keywordAt[i] is not { Words.Length: 1 } || !IsNameWord(Tokens[i].Text))
            {
                continue;
            }

            var inName = (i > 0 && _keywordAt[i - 1] is null && _names!.IsNamePair(Tokens[i - 1].Text, Tokens[i].Text))
                || (i + 1 < Tokens.Count && _keywordAt[i + 1] is null && _names!.IsNamePair(Tokens[i].Text, Tokens[i + 1].Text));
            var other = Enumerable.Range(0, Tokens.Count).Any(j => j != i && _keywordAt[j] is not null);
            if (inName && other)
            {
                _keywordAt[i] = null;
                freed = true;
            }
        }

        if (freed)
        {
            _concepts.Clear();
            foreach (var keyword in _keywordAt)
            {
                if (keyword is not null)
                {
                    _concepts.Add(keyword.Concept);
                }
            }
        }
    }

    private bool Matches(Keyword keyword, int at)
    {
        if (at + keyword.Words.Length > Tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < keyword.Words.Length; k++)
        {
            if (_keywordAt[at + k] is not null || !string.Equals(Canonical[at + k], keyword.Words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
