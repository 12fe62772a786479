using CreditBot.Domain.Clients;

namespace CreditBot.Questions;

/// <summary>
/// What a chat message asks, as parsed by <see cref="QuestionParser"/>. Handlers switch on the case.
/// <see cref="Language"/> is the language the text was written in when the parser could tell
/// (<c>fr</c> or <c>en</c>), otherwise null; it is part of equality.
/// </summary>
public abstract record Question
{
    public string? Language { get; init; }

    /// <summary>Exposure, status or situation of one client ("encours ACME", "exposure for ACME").</summary>
    public sealed record AskExposure(string ClientQuery) : Question;

    /// <summary>Is this client blocked ("Dupont est-il bloqué ?", "is Dupont blocked?").</summary>
    public sealed record AskBlocked(string ClientQuery) : Question;

    /// <summary>Status of one invoice; the number as typed ("statut facture F-2024-0042").</summary>
    public sealed record AskInvoiceStatus(string InvoiceNumber) : Question;

    /// <summary>Where one order stands ("commande CMD-000179", "is CMD-000179 blocked?"); the number as typed.</summary>
    public sealed record AskOrderStatus(string OrderNumber) : Question;

    /// <summary>A client's open invoices, most late first ("factures ouvertes de X", "overdue invoices of X").</summary>
    public sealed record AskOpenInvoices(string ClientQuery) : Question;

    /// <summary>The asker's clients with overdue items ("mes clients en retard").</summary>
    public sealed record AskMyOverdueClients : Question;

    /// <summary>The asker's clients whose exposure exceeds their limit ("my clients over limit").</summary>
    public sealed record AskMyClientsOverLimit : Question;

    /// <summary>Orders awaiting a release or reject decision ("commandes bloquées").</summary>
    public sealed record AskBlockedOrders : Question;

    /// <summary>How a client pays: days late, trend ("comportement de paiement de X", "how does X pay").</summary>
    public sealed record AskPaymentBehaviour(string ClientQuery) : Question;

    /// <summary>
    /// DSO over a scope. <see cref="ScopeValue"/> is the business unit as typed, the ISO 3166 alpha-2
    /// country code (or the country as typed when unknown), or the client query; null for the asker's
    /// portfolio and the company, and for "by business unit" / "by country" breakdowns.
    /// </summary>
    public sealed record AskDso(DsoScope Scope, string? ScopeValue) : Question;

    /// <summary>
    /// Sales needed to make up for an unpaid amount. <see cref="MarginRate"/> is a fraction
    /// (10 % is 0.10), greater than 0 and at most 1.
    /// </summary>
    public sealed record AskCostOfUnpaid(decimal Amount, decimal MarginRate) : Question;

    /// <summary>Can this sale go ahead: client, amount (in the client's currency) and, when given, terms.</summary>
    public sealed record AskPreSale(string ClientQuery, decimal Amount, PaymentTerms? Terms) : Question;

    /// <summary>What the bot can do. <see cref="Question.Language"/> is always set: the language of the help wanted.</summary>
    public sealed record AskHelp : Question
    {
        public AskHelp(string language) => Language = language;
    }

    /// <summary>A new credit limit for a client ("demande de limite ACME 80 000 €"); the amount when typed.</summary>
    public sealed record AskLimitRequest(string ClientQuery, decimal? Amount) : Question;

    /// <summary>The status of the asker's limit requests ("mes demandes", "my requests").</summary>
    public sealed record AskMyRequests : Question;

    /// <summary>Open limit requests for a committee member, with their vote ("comité", "committee").</summary>
    public sealed record AskCommittee : Question;

    /// <summary>The asker's daily overdue digest now, as a credit manager gets it at 08:00 ("résumé du jour", "my digest").</summary>
    public sealed record AskDailyDigest : Question;

    /// <summary>The CFO's weekly DSO summary now ("résumé hebdo", "weekly summary").</summary>
    public sealed record AskWeeklySummary : Question;

    /// <summary>
    /// Block statistics for approvers over the last <see cref="Days"/> days ("statistiques blocages", "block stats",
    /// "stats blocages sur 90 jours", "blocking statistics last 90 days").
    /// </summary>
    public sealed record AskBlockStatistics(int Days = AskBlockStatistics.DefaultDays) : Question
    {
        public const int DefaultDays = 30;
    }

    /// <summary>"merci", "thanks": a short "you're welcome" in the language of the thanks.</summary>
    public sealed record SayWelcome : Question;

    /// <summary>Disputes or promises asked about with no client ("litiges en cours"): which client?</summary>
    public sealed record AskDisputesWithoutClient : Question;

    /// <summary>Anything else; <see cref="Text"/> is the message without the mention.</summary>
    public sealed record NotUnderstood(string Text) : Question;
}
