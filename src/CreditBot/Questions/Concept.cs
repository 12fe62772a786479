namespace CreditBot.Questions;

/// <summary>What a keyword of a question says; the parser decides from the concepts present.</summary>
internal enum Concept
{
    Help,
    Exposure,
    Blocked,
    Orders,
    Pending,
    Invoice,
    Overdue,

    /// <summary>"ouvertes", "open", "détail": which invoices; alone it says nothing.</summary>
    OpenItems,
    OverLimit,
    Behaviour,
    Dso,
    Sell,
    Unpaid,
    Margin,
    Portfolio,
    ClientList,
    LimitRequest,
    MyRequests,
    Committee,

    /// <summary>"statistiques", "stats", "statistics": with a block word, the block statistics.</summary>
    Statistics,

    /// <summary>"augmenter", "raise": with a limit word and a client, a limit request ("raise ACME's limit to 100k").</summary>
    Raise,

    /// <summary>"litiges", "promesses de paiement", "disputes": a client's open items, where disputes and promises show.</summary>
    Disputes,

    /// <summary>An imperative or a bare "what about" ("montre", "show me", "check"): with a name, the client's exposure.</summary>
    Lookup,
}
