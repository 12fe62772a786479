using System.Net;
using System.Text.RegularExpressions;
using static CreditBot.Questions.Question;

namespace CreditBot.Questions;

/// <summary>
/// Turns a chat message, French or English, into a <see cref="Question"/>. Case, accents and
/// punctuation are folded for matching; client queries keep the user's spelling. Never throws:
/// whatever it cannot read is <see cref="NotUnderstood"/>.
/// </summary>
/// <remarks>
/// Keywords (with a typo forgiven in the main command words) say what is asked; the words left once
/// keywords, figures and stop words ("de", "la société", "for", "please") are set aside are the client
/// query. The first rule that applies decides: help first in the message; an unpaid amount with a
/// margin; an invoice number; DSO; a sale with an amount; a digest asked for by name ("résumé du jour", "weekly summary"); blocked (a client, or the orders when no
/// client); over limit (the list, or a client's exposure); payment behaviour; exposure; overdue (the
/// list, or a client's behaviour); an imperative or "what about" with a client ("montre ACME", "check acme pls") is
/// its exposure; help anywhere; a bare greeting is help too ("bonjour ça va" is small talk: not understood).
/// A word that says when rather than who ("semaine", "today", see <see cref="Lexicon.NotNames"/>) is never a client:
/// with no client left, the question is one the bot cannot answer ("who is late this week?": not understood). An
/// invoice number needs no word "facture" when it is the only thing named ("où en est FA000032"). Chat shorthand
/// ("u", "cb", "cmd") is read as the word it stands for. Given the clients' names, a word of a name is never dropped
/// as a stop word nor read as a typo of a command word ("encours petit", "encours Grand Est", "encours renard").
/// </remarks>
public static partial class QuestionParser
{
    /// <summary>Longer messages are not questions we answer; they are not parsed.</summary>
    public const int MaxLength = 500;

    /// <summary>The leading command words understood, as the Teams manifest may list them.</summary>
    public static IReadOnlyList<string> CommandWords { get; } =
    [
        "help", "aide",
        "encours", "exposure", "situation", "status",
        "bloqué", "blocked",
        "statut facture", "invoice",
        "mes clients en retard", "my overdue clients",
        "mes clients en dépassement", "my clients over limit",
        "commandes bloquées", "blocked orders",
        "comportement de paiement", "payment behaviour",
        "dso",
        "puis-je vendre", "can i sell",
        "coût d'un impayé", "cost of unpaid",
    ];

    /// <param name="text">The message as received.</param>
    /// <param name="names">The clients' names when known (see <see cref="ParsedWords"/>): a word of a name is kept.</param>
    public static Question Parse(string? text, ClientMatcher? names = null)
    {
        var cleaned = Clean(text ?? string.Empty);
        if (cleaned.Length == 0)
        {
            return new NotUnderstood(string.Empty);
        }

        if (cleaned.Length > MaxLength)
        {
            return new NotUnderstood(cleaned);
        }

        var words = new ParsedWords(cleaned, names);
        var (question, queryIndexes) = Decide(words, cleaned, names);
        return question is AskHelp or SayWelcome ? question : question with { Language = words.Language(queryIndexes) };
    }

    /// <summary>
    /// The client query of a message made only of a name or code (no command word, nothing saying when, no greeting):
    /// "ACME", "C00042". Null otherwise: a sentence that is no question about a client is not looked up.
    /// </summary>
    public static string? BareName(string? text, ClientMatcher? names = null)
    {
        var cleaned = Clean(text ?? string.Empty);
        if (cleaned.Length is 0 or > MaxLength)
        {
            return null;
        }

        var words = new ParsedWords(cleaned, names);
        if (Enumerable.Range(0, words.Tokens.Count).Any(i => !words.IsFree(i)) || words.HasQualifier() || words.HasGreeting())
        {
            return null;
        }

        var residual = words.Residual();
        return residual.IsEmpty ? null : residual.Text;
    }

    private static (Question Question, IReadOnlyList<int> QueryIndexes) Decide(ParsedWords words, string cleaned, ClientMatcher? names)
    {
        var none = Array.Empty<int>();
        var residual = words.Residual();
        var firstConcept = Enumerable.Range(0, words.Tokens.Count).Select(words.KeywordAt).FirstOrDefault(k => k is not null)?.Concept;

        if (firstConcept == Concept.Help && residual.IsEmpty)
        {
            return (Help(words), none);
        }

        if (words.Has(Concept.MyRequests) && residual.IsEmpty)
        {
            return (new AskMyRequests(), none);
        }

        if ((words.Has(Concept.LimitRequest) || (words.Has(Concept.Raise) && words.Canonical.Any(Lexicon.LimitWords.Contains)))
            && LimitRequest(words) is { } limitRequest)
        {
            return limitRequest;
        }

        if (words.Has(Concept.Committee) && residual.IsEmpty)
        {
            return (new AskCommittee(), none);
        }

        if ((words.Has(Concept.Unpaid) || words.Has(Concept.Margin)) && CostOfUnpaid(words) is { } cost)
        {
            return (cost, none);
        }

        if (words.Has(Concept.Statistics) && words.Has(Concept.Blocked) && BlockStatistics(words) is { } statistics)
        {
            return (statistics, none);
        }

        if ((words.Has(Concept.Orders) || words.Has(Concept.Blocked)) && !words.Has(Concept.Invoice) && OrderNumber(words, residual, names) is { } order)
        {
            return (new AskOrderStatus(order.Text), order.Indexes);
        }

        if (InvoiceNumber(words, residual, names) is { } invoice)
        {
            return (new AskInvoiceStatus(invoice.Text), invoice.Indexes);
        }

        if (words.Has(Concept.Dso))
        {
            return Dso(words);
        }

        if (PreSale(words) is { } preSale)
        {
            return preSale;
        }

        if (residual.IsEmpty && Digest(words) is { } digest)
        {
            return (digest, none);
        }

        if (residual.IsEmpty && words.HasQualifier())
        {
            // "who is late this week?", "quoi de neuf aujourd'hui": a period or a mood, and no client: not a question we answer.
            return (new NotUnderstood(cleaned), none);
        }

        if (words.Has(Concept.Disputes))
        {
            // "litiges de ACME", "payment promises of ACME": the client's open items show both; with no client, which one?
            return residual.IsEmpty ? (new AskDisputesWithoutClient(), none) : (new AskOpenInvoices(residual.Text), residual.Indexes);
        }

        if (words.Has(Concept.Invoice) && !residual.IsEmpty && !words.Has(Concept.Behaviour) && !words.Has(Concept.Blocked))
        {
            // "factures impayées de X", "overdue invoices of X", "détail des factures de X": the client's open items.
            return (new AskOpenInvoices(residual.Text), residual.Indexes);
        }

        if (words.Has(Concept.Blocked) || (words.Has(Concept.Pending) && words.Has(Concept.Orders)))
        {
            return residual.IsEmpty ? (new AskBlockedOrders(), none) : (new AskBlocked(residual.Text), residual.Indexes);
        }

        if (words.Has(Concept.OverLimit))
        {
            return residual.IsEmpty ? (new AskMyClientsOverLimit(), none) : (new AskExposure(residual.Text), residual.Indexes);
        }

        if (words.Has(Concept.Behaviour))
        {
            if (!residual.IsEmpty)
            {
                return (new AskPaymentBehaviour(residual.Text), residual.Indexes);
            }

            if (words.Has(Concept.Overdue))
            {
                return (new AskMyOverdueClients(), none);
            }
        }

        if (words.Has(Concept.Exposure) && !residual.IsEmpty)
        {
            return (new AskExposure(residual.Text), residual.Indexes);
        }

        if (words.Has(Concept.Unpaid) && Figures.FindAmount(words.Folded.Text) is not null)
        {
            // An unpaid amount without a margin: a cost question we cannot answer yet, not a client.
            return (new NotUnderstood(cleaned), none);
        }

        if (words.Has(Concept.Overdue) || words.Has(Concept.Unpaid))
        {
            return residual.IsEmpty ? (new AskMyOverdueClients(), none) : (new AskPaymentBehaviour(residual.Text), residual.Indexes);
        }

        if (words.Has(Concept.Lookup) && !residual.IsEmpty)
        {
            // "montre-moi ACME", "check acme pls", "what about ACME?": a client named after an imperative.
            return (new AskExposure(residual.Text), residual.Indexes);
        }

        if (words.Has(Concept.Help))
        {
            return (Help(words), none);
        }

        if (firstConcept is null && words.Canonical.Any(w => w is "merci" or "mercii" or "thanks" or "thank" or "thx" or "ty" or "cheers")
            && words.Canonical.All(w => Lexicon.Thanks.Contains(w) || Lexicon.Greetings.Contains(w) || Lexicon.GreetingCompanions.Contains(w)))
        {
            // "merci", "ok merci beaucoup", "thanks a lot": no question, a short reply in the language of the thanks.
            var language = words.Canonical.Any(w => w.StartsWith("merci", StringComparison.Ordinal)) ? "fr" : "en";
            return (new SayWelcome { Language = language }, none);
        }

        // "bonjour", "hello CreditBot": help; "bonjour ça va ?" is small talk, not understood.
        var onlyGreeting = residual.IsEmpty && firstConcept is null && words.HasGreeting()
            && words.Canonical.All(w => Lexicon.Greetings.Contains(w) || Lexicon.GreetingCompanions.Contains(w));
        return onlyGreeting ? (Help(words), none) : (new NotUnderstood(cleaned), none);
    }

    /// <summary>
    /// A sale ("vendre", "sell") or an order with an amount is a pre-sale check; terms are optional. A sale
    /// without an amount asks about the client's standing, hence its exposure.
    /// </summary>
    private static (Question, IReadOnlyList<int>)? PreSale(ParsedWords words)
    {
        var sells = words.Has(Concept.Sell);
        var orders = words.Has(Concept.Orders) && !words.Has(Concept.Blocked) && !words.Has(Concept.Pending);
        if (!sells && !orders)
        {
            return null;
        }

        var taken = new List<(int Start, int End)>();
        var text = words.Folded.Text;
        var terms = Figures.FindTerms(text);
        if (terms is { } foundTerms)
        {
            taken.Add((foundTerms.Start, foundTerms.End));
            text = Blank(text, foundTerms.Start, foundTerms.End);
        }

        var amount = Figures.FindAmount(text);
        if (amount is { } foundAmount)
        {
            taken.Add((foundAmount.Start, foundAmount.End));
        }

        var client = words.Residual([.. taken]);
        if (client.IsEmpty)
        {
            return null;
        }

        if (amount is { } sale)
        {
            return (new AskPreSale(client.Text, sale.Amount, terms?.Terms), client.Indexes);
        }

        return sells ? (new AskExposure(client.Text), client.Indexes) : null;
    }

    /// <summary>
    /// A digest asked for by name: a summary word ("résumé", "synthèse", "recap", "digest", "summary") with a week word
    /// ("hebdo", "semaine", "weekly") is the weekly summary; with a day word ("du jour", "quotidien", "today", "daily"),
    /// or said to be one's own ("mon résumé", "my digest"), the daily digest. Nothing else may be asked beside it but
    /// an imperative ("envoie-moi le résumé du jour"): "résumé ACME" stays a question about ACME, a lone "résumé" is not
    /// understood, and "statut du jour" is no digest.
    /// </summary>
    private static Question? Digest(ParsedWords words)
    {
        var summary = false;
        var mine = false;
        var daily = false;
        var weekly = false;
        for (var i = 0; i < words.Tokens.Count; i++)
        {
            var word = words.Canonical[i];
            var keyword = words.KeywordAt(i);
            if (keyword is not null && keyword.Concept != Concept.Lookup && !(keyword.Concept == Concept.Exposure && Lexicon.DigestWords.Contains(word)))
            {
                return null;
            }

            summary |= Lexicon.DigestWords.Contains(word);
            mine |= word is "mon" or "ma" or "my";
            daily |= Lexicon.DailyWords.Contains(word);
            weekly |= Lexicon.WeeklyWords.Contains(word);
        }

        if (!summary)
        {
            return null;
        }

        if (weekly)
        {
            return new AskWeeklySummary();
        }

        return daily || mine ? new AskDailyDigest() : null;
    }

    /// <summary>
    /// Block statistics, over the default period or the days typed ("sur 90 jours", "last 90 days", "90j"); null when
    /// something else is named beside them ("stats blocages ACME" asks about ACME).
    /// </summary>
    private static AskBlockStatistics? BlockStatistics(ParsedWords words)
    {
        var period = PeriodDays().Match(words.Folded.Text);
        var rest = period.Success ? words.Residual((period.Index, period.Index + period.Length)) : words.Residual();
        if (rest.Indexes.Any(i => !words.IsStop(i) && !Lexicon.StatisticsPeriodWords.Contains(words.Canonical[i])))
        {
            return null;
        }

        return period.Success && int.TryParse(period.Groups["days"].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days)
            ? new AskBlockStatistics(days)
            : new AskBlockStatistics();
    }

    /// <summary>A limit request names a client; the amount is optional (the form asks for it).</summary>
    private static (Question, IReadOnlyList<int>)? LimitRequest(ParsedWords words)
    {
        var amount = Figures.FindAmount(words.Folded.Text);
        var client = amount is { } found ? words.Residual((found.Start, found.End)) : words.Residual();
        return client.IsEmpty ? null : (new AskLimitRequest(client.Text, amount?.Amount), client.Indexes);
    }

    private static AskHelp Help(ParsedWords words)
    {
        var help = words.FirstIndexOf(Concept.Help);
        var language = words.Language([]) ?? (help >= 0 ? words.KeywordAt(help)!.Language : null) ?? "fr";
        return new AskHelp(language) { Language = language };
    }

    /// <summary>
    /// The word with a digit right after an invoice keyword (past "n°", "number", "#") or right before it;
    /// or a lone word shaped like "F-2024-0042".
    /// </summary>
    private static ClientText? InvoiceNumber(ParsedWords words, ClientText residual, ClientMatcher? names)
    {
        var keyword = words.FirstIndexOf(Concept.Invoice);
        if (keyword >= 0)
        {
            var after = keyword + 1;
            while (after < words.Tokens.Count && words.KeywordAt(after) == words.KeywordAt(keyword))
            {
                after++;
            }

            // "invoice status FA000032", "facture n° F-12": other command words and number labels come before the number.
            while (after < words.Tokens.Count
                && (Lexicon.InvoiceNumberLabels.Contains(words.Canonical[after]) || (words.KeywordAt(after) is not null && !words.Tokens[after].HasDigit)))
            {
                after++;
            }

            foreach (var index in new[] { after, keyword - 1 })
            {
                if (index >= 0 && index < words.Tokens.Count && words.IsFree(index) && words.Tokens[index].HasDigit)
                {
                    var token = words.Tokens[index];
                    return new ClientText(words.Folded.OriginalSlice(token.Start, token.End), [index]);
                }
            }
        }

        // Without the word "facture": a lone number shaped like one ("où en est FA000032", "FA000032 payée ?"), unless
        // it is a client's code.
        if (residual.Indexes.Count == 1 && words.Tokens[residual.Indexes[0]].Text is var lone
            && (InvoiceShape().IsMatch(lone) || PrefixedInvoiceShape().IsMatch(lone)) && names?.IsClientCode(lone) != true)
        {
            return residual;
        }

        // With the client's name beside it ("FA000032 de acme payée ?"): one number shaped like an invoice's, every other
        // word a word of a client's name. The invoice's own client is what the answer shows.
        if (names is not null && residual.Indexes.Count > 1)
        {
            var shaped = residual.Indexes.Where(i => words.Tokens[i].Text is var t
                && (InvoiceShape().IsMatch(t) || PrefixedInvoiceShape().IsMatch(t)) && !names.IsClientCode(t)).ToList();
            if (shaped is [var number] && residual.Indexes.All(i => i == number || names.IsNameWord(words.Canonical[i]) || words.IsStop(i))
                && residual.Indexes.Any(i => i != number && names.IsNameWord(words.Canonical[i])))
            {
                var token = words.Tokens[number];
                return new ClientText(words.Folded.OriginalSlice(token.Start, token.End), [number]);
            }
        }

        return null;
    }

    /// <summary>
    /// With an order or block word ("commande CMD-000179", "is PO42 blocked?"): the one word left when it mixes letters
    /// and digits (a bare number is an amount), unless it is a client's code or a word of a client's name ("3M").
    /// </summary>
    private static ClientText? OrderNumber(ParsedWords words, ClientText residual, ClientMatcher? names)
    {
        if (residual.Indexes is not [var index] || words.Tokens[index].Text is not { Length: >= 3 } lone
            || !lone.Any(char.IsAsciiLetter) || !lone.Any(char.IsAsciiDigit))
        {
            return null;
        }

        return names is not null && (names.IsClientCode(lone) || names.IsNameWord(words.Canonical[index])) ? null : residual;
    }

    private static (Question, IReadOnlyList<int>) Dso(ParsedWords words)
    {
        var others = Enumerable.Range(0, words.Tokens.Count)
            .Where(i => words.KeywordAt(i)?.Concept is not (Concept.Dso or Concept.Lookup) && !Lexicon.PeriodWords.Contains(words.Canonical[i]))
            .ToList();
        var rest = words.Join(others);

        if (FindMarker(words, others, Lexicon.BusinessUnitMarkers) is { } unitAt)
        {
            var unit = words.Join(others.Skip(unitAt));
            return (new AskDso(DsoScope.BusinessUnit, unit.IsEmpty ? null : unit.Text), unit.Indexes);
        }

        if (Countries.Find(Folded(words, rest), acceptCode: false) is { } country)
        {
            // A country named in words tells the language ("Italy", "Italie"): it is not excluded like a client name.
            return (new AskDso(DsoScope.Country, country), []);
        }

        foreach (var index in others)
        {
            if (Countries.FindCapitalisedCode(words.Folded.OriginalSlice(words.Tokens[index].Start, words.Tokens[index].End)) is { } code)
            {
                return (new AskDso(DsoScope.Country, code), [index]);
            }
        }

        if (FindMarker(words, others, Lexicon.CountryMarkers) is { } countryAt)
        {
            // A two-letter code may also be a stop word ("BE", "IT"): keep the last word when trimming leaves none.
            var named = words.Join(others.Skip(countryAt));
            if (named.IsEmpty && others.Count > countryAt)
            {
                var last = others[^1];
                named = new ClientText(words.Folded.OriginalSlice(words.Tokens[last].Start, words.Tokens[last].End), [last]);
            }

            var code = named.IsEmpty ? null : Countries.Find(Folded(words, named), acceptCode: true) ?? named.Text;
            return (new AskDso(DsoScope.Country, code), named.Indexes);
        }

        if (words.Has(Concept.Portfolio) || words.Has(Concept.ClientList) || others.Any(i => Lexicon.PortfolioWords.Contains(words.Canonical[i])))
        {
            return (new AskDso(DsoScope.Portfolio, null), []);
        }

        if (rest.IsEmpty || rest.Indexes.All(i => Lexicon.CompanyWords.Contains(words.Canonical[i])))
        {
            return (new AskDso(DsoScope.Company, null), []);
        }

        return (new AskDso(DsoScope.Client, rest.Text), rest.Indexes);
    }

    /// <summary>Position in <paramref name="indexes"/> just after the first marker phrase found there.</summary>
    private static int? FindMarker(ParsedWords words, List<int> indexes, IReadOnlyList<string[]> markers)
    {
        for (var p = 0; p < indexes.Count; p++)
        {
            foreach (var marker in markers)
            {
                var matches = p + marker.Length <= indexes.Count
                    && marker.Select((word, k) => indexes[p + k] == indexes[p] + k && words.Canonical[indexes[p + k]] == word).All(m => m);
                if (matches)
                {
                    return p + marker.Length;
                }
            }
        }

        return null;
    }

    private static AskCostOfUnpaid? CostOfUnpaid(ParsedWords words)
    {
        if (Figures.FindMarginRate(words.Folded.Text) is not { } margin || margin.Rate <= 0m || margin.Rate > 1m)
        {
            return null;
        }

        return Figures.FindAmount(Blank(words.Folded.Text, margin.Start, margin.End)) is { } amount
            ? new AskCostOfUnpaid(amount.Amount, margin.Rate)
            : null;
    }

    private static string Folded(ParsedWords words, ClientText text) =>
        string.Join(' ', text.Indexes.Select(i => words.Tokens[i].Text));

    private static string Blank(string text, int start, int end) =>
        string.Concat(text.AsSpan(0, start), new string(' ', end - start), text.AsSpan(end));

    /// <summary>Removes a leftover Teams mention and any markup, decodes entities, collapses white space.</summary>
    private static string Clean(string text)
    {
        if (text.Length > MaxLength * 4)
        {
            return text.Trim();
        }

        var withoutMentions = MentionPattern().Replace(text, " ");
        var withoutTags = TagPattern().Replace(withoutMentions, " ");
        return Spaces().Replace(WebUtility.HtmlDecode(withoutTags), " ").Trim();
    }

    [GeneratedRegex(@"<at\b[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"</?[a-zA-Z][^<>]{0,200}>", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\b(?<days>\d{1,5})\s*(?:(?:derniers?|dernieres?|last|past)\s+)?(?:jours?|j|days?|d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodDays();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[a-z]{1,5}[-/_]?\d{2,4}[-/_]\d{1,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex InvoiceShape();

    /// <summary>"FA000032", "INV-20431": two letters or more then four digits or more (a client code such as "C00042" has one letter).</summary>
    [GeneratedRegex(@"^[a-z]{2,5}[-/_]?\d{4,10}$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixedInvoiceShape();
}
