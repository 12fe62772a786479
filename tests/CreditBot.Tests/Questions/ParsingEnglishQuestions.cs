using CreditBot.Domain.Clients;
using CreditBot.Questions;
using static CreditBot.Questions.Question;

namespace CreditBot.Tests.Questions;

public class ParsingEnglishQuestions
{
    private static readonly Dictionary<string, Question> Expected = new(StringComparer.Ordinal)
    {
        // Exposure
        { "exposure ACME", En(new AskExposure("ACME")) },
        { "what's the exposure on ACME", En(new AskExposure("ACME")) },
        { "exposure for ACME SAS please", En(new AskExposure("ACME SAS")) },
        { "ACME exposure?", En(new AskExposure("ACME")) },
        { "What is ACME's exposure?", En(new AskExposure("ACME")) },
        { "exposur ACME", En(new AskExposure("ACME")) },
        { "Exposur ACME", En(new AskExposure("ACME")) },
        { "exposure for Stratus", En(new AskExposure("Stratus")) },
        { "EXPOSURE OF DUPONT", En(new AskExposure("DUPONT")) },
        { "status of ACME", En(new AskExposure("ACME")) },
        { "where are we with Dupont?", En(new AskExposure("Dupont")) },
        { "how is Durand Logistique doing?", En(new AskExposure("Durand Logistique")) },
        { "credit limit for C00042", En(new AskExposure("C00042")) },
        { "tell me about ACME Industrie", En(new AskExposure("ACME Industrie")) },
        { "how much does ACME owe us?", En(new AskExposure("ACME")) },
        { "Hi, could you check the exposure of the client Dupont et Fils, thanks", En(new AskExposure("Dupont et Fils")) },
        { "balance of ACME", En(new AskExposure("ACME")) },
        { "overview ACME please", En(new AskExposure("ACME")) },
        { "exposure 552 100 554", En(new AskExposure("552 100 554")) },
        { "<at>CreditBot</at> exposure for ACME", En(new AskExposure("ACME")) },
        { "Exposure on Müller GmbH?", En(new AskExposure("Müller GmbH")) },
        { "is ACME over its limit?", En(new AskExposure("ACME")) },
        { "can I sell to ACME?", En(new AskExposure("ACME")) },
        { "exposure A.C.M.E.", En(new AskExposure("A.C.M.E")) },

        // Blocked client
        { "is Dupont blocked?", En(new AskBlocked("Dupont")) },
        { "Is ACME on hold?", En(new AskBlocked("ACME")) },
        { "is the customer Durand BTP blocked", En(new AskBlocked("Durand BTP")) },
        { "ACME blocked?", En(new AskBlocked("ACME")) },
        { "is acme on stop", En(new AskBlocked("acme")) },
        { "is ACME blokced?", En(new AskBlocked("ACME")) },
        { "blocked orders for ACME", En(new AskBlocked("ACME")) },
        { "Is ACME on credit hold?", En(new AskBlocked("ACME")) },

        // Invoice
        { "invoice F-2024-0042", En(new AskInvoiceStatus("F-2024-0042")) },
        { "order CMD-000179", En(new AskOrderStatus("CMD-000179")) },
        { "where is my order CMD-000179?", En(new AskOrderStatus("CMD-000179")) },
        { "is CMD-000179 blocked?", En(new AskOrderStatus("CMD-000179")) },
        { "status of order PO-2026-0456", En(new AskOrderStatus("PO-2026-0456")) },
        { "status of invoice F-2024-0042", En(new AskInvoiceStatus("F-2024-0042")) },
        { "is invoice F-2024-0042 paid?", En(new AskInvoiceStatus("F-2024-0042")) },
        { "invoice number F-2024-0042 status please", En(new AskInvoiceStatus("F-2024-0042")) },
        { "where is invoice #F-2024-0042?", En(new AskInvoiceStatus("F-2024-0042")) },
        { "invoce F-2024-0042", En(new AskInvoiceStatus("F-2024-0042")) },
        { "invocie F-2024-0042", En(new AskInvoiceStatus("F-2024-0042")) },
        { "INVOICE 2024/118", En(new AskInvoiceStatus("2024/118")) },

        // My overdue clients
        { "my overdue clients", En(new AskMyOverdueClients()) },
        { "which of my customers are overdue?", En(new AskMyOverdueClients()) },
        { "my late payers", En(new AskMyOverdueClients()) },
        { "overdue customers please", En(new AskMyOverdueClients()) },
        { "who hasn't paid?", En(new AskMyOverdueClients()) },
        { "clients with overdue invoices", En(new AskMyOverdueClients()) },
        { "My Overdue Clients", En(new AskMyOverdueClients()) },
        { "overdeu clients", En(new AskMyOverdueClients()) },

        // Over limit
        { "my clients over limit", En(new AskMyClientsOverLimit()) },
        { "which customers are over their credit limit?", En(new AskMyClientsOverLimit()) },
        { "clients exceeding their limit", En(new AskMyClientsOverLimit()) },

        // Blocked orders
        { "blocked orders", En(new AskBlockedOrders()) },
        { "show me the orders on hold", En(new AskBlockedOrders()) },
        { "pending orders", En(new AskBlockedOrders()) },
        { "orders awaiting approval", En(new AskBlockedOrders()) },
        { "which orders are blocked?", En(new AskBlockedOrders()) },
        { "which orders need my approval?", En(new AskBlockedOrders()) },

        // Payment behaviour
        { "how does ACME pay?", En(new AskPaymentBehaviour("ACME")) },
        { "payment behaviour of ACME", En(new AskPaymentBehaviour("ACME")) },
        { "payment behavior for Dupont", En(new AskPaymentBehaviour("Dupont")) },
        { "does ACME pay on time?", En(new AskPaymentBehaviour("ACME")) },
        { "is Dupont a good payer?", En(new AskPaymentBehaviour("Dupont")) },
        { "payment history of ACME Industrie", En(new AskPaymentBehaviour("ACME Industrie")) },
        { "how late does ACME pay", En(new AskPaymentBehaviour("ACME")) },
        { "paymnt behaviour of ACME", En(new AskPaymentBehaviour("ACME")) },
        { "how many days late does ACME pay on average?", En(new AskPaymentBehaviour("ACME")) },
        { "Dupont payment history", En(new AskPaymentBehaviour("Dupont")) },

        // A client's open invoices: "unpaid" and "overdue" with "invoices" ask for the items, not how the client pays
        { "open invoices dupont", En(new AskOpenInvoices("dupont")) },
        { "overdue invoices of dupont", En(new AskOpenInvoices("dupont")) },
        { "unpaid invoices dupont", En(new AskOpenInvoices("dupont")) },
        { "outstanding invoices for ACME", En(new AskOpenInvoices("ACME")) },
        { "dupont invoices", En(new AskOpenInvoices("dupont")) },
        { "what invoices does Dupont owe?", En(new AskOpenInvoices("Dupont")) },
        { "ovedue invoices of ACME", En(new AskOpenInvoices("ACME")) },
        { "open invoices", En(new NotUnderstood("open invoices")) },
        { "overdue invoices", En(new AskMyOverdueClients()) },
        { "does ACME pay its invoices on time?", En(new AskPaymentBehaviour("ACME")) },
        { "invoice FA000032 of ACME", En(new AskInvoiceStatus("FA000032")) },

        // DSO
        { "DSO of my portfolio", En(new AskDso(DsoScope.Portfolio, null)) },
        { "DSO of the company", En(new AskDso(DsoScope.Company, null)) },
        { "my DSO", En(new AskDso(DsoScope.Portfolio, null)) },
        { "DSO for business unit Industrie", En(new AskDso(DsoScope.BusinessUnit, "Industrie")) },
        { "DSO Germany", En(new AskDso(DsoScope.Country, "DE")) },
        { "what is our DSO?", En(new AskDso(DsoScope.Company, null)) },
        { "DSO by country", En(new AskDso(DsoScope.Country, null)) },
        { "days sales outstanding for country UK", En(new AskDso(DsoScope.Country, "GB")) },
        { "DSO this month", En(new AskDso(DsoScope.Company, null)) },
        { "what's the DSO in the US?", En(new AskDso(DsoScope.Country, "US")) },
        { "what is the DSO of Durand Logistique?", En(new AskDso(DsoScope.Client, "Durand Logistique")) },

        // Cost of an unpaid invoice
        { "cost of a 10k unpaid at 10% margin", En(new AskCostOfUnpaid(10_000m, 0.10m)) },
        { "how much do we need to sell to compensate an unpaid invoice of €50,000 with a 5% margin", En(new AskCostOfUnpaid(50_000m, 0.05m)) },
        { "bad debt of 2.5M, margin 20%", En(new AskCostOfUnpaid(2_500_000m, 0.2m)) },
        { "cost of unpaid 15 000 € at 12.5 % margin", En(new AskCostOfUnpaid(15_000m, 0.125m)) },
        { "loss of 8,500.50 EUR at a margin of 10", En(new AskCostOfUnpaid(8_500.50m, 0.1m)) },

        // Limit requests and the committee
        { "request a limit of 80k for ACME", En(new AskLimitRequest("ACME", 80_000m)) },
        { "raise acme limit to 100000", En(new AskLimitRequest("acme", 100_000m)) },
        { "increase the credit line of Dupont to 120k", En(new AskLimitRequest("Dupont", 120_000m)) },
        { "disputes of ACME", En(new AskOpenInvoices("ACME")) },
        { "payment promises for Dupont", En(new AskOpenInvoices("Dupont")) },
        { "open disputes", En(new AskDisputesWithoutClient()) },
        { "thanks", En(new SayWelcome()) },
        { "thanks a lot!", En(new SayWelcome()) },
        { "ok thank you", En(new SayWelcome()) },
        { "my requests", En(new AskMyRequests()) },
        { "committee", En(new AskCommittee()) },

        // Pre-sale check
        { "can I sell 50k€ to ACME at 45 days end of month?", En(new AskPreSale("ACME", 50_000m, new PaymentTerms(45, PaymentTermsBasis.DaysThenEndOfMonth))) },
        { "can I sell 50k€ to ACME at 400 days?", En(new AskPreSale("ACME", 50_000m, new PaymentTerms(400))) },
        { "can I sell €50,000 to Dupont et Fils net 30?", En(new AskPreSale("Dupont et Fils", 50_000m, PaymentTerms.Net30)) },
        { "can we ship 1.5M to ACME Industrie at 60 days", En(new AskPreSale("ACME Industrie", 1_500_000m, new PaymentTerms(60))) },
        { "is a 20k sale to Durand BTP ok?", En(new AskPreSale("Durand BTP", 20_000m, null)) },
        { "sell 10,000 to ACME cash in advance", En(new AskPreSale("ACME", 10_000m, new PaymentTerms(0, PaymentTermsBasis.Prepayment))) },
        { "Can ACME buy 75 000 € on receipt of invoice?", En(new AskPreSale("ACME", 75_000m, new PaymentTerms(0))) },
        { "can i sell 5k to acme?", En(new AskPreSale("acme", 5_000m, null)) },
        { "an order of 12,500.75 for ACME at 30 days, is that ok?", En(new AskPreSale("ACME", 12_500.75m, PaymentTerms.Net30)) },

        // Help
        { "help", new AskHelp("en") },
        { "Help!", new AskHelp("en") },
        { "what can you do?", new AskHelp("en") },
        { "hello", new AskHelp("en") },
        { "<at>CreditBot</at> help", new AskHelp("en") },
        { "/help", new AskHelp("en") },

        // Not understood
        { "what's the weather tomorrow?", En(new NotUnderstood("what's the weather tomorrow?")) },
        { "exposure", En(new NotUnderstood("exposure")) },
        { "unpaid 10k", En(new NotUnderstood("unpaid 10k")) },

        // Typed as in chat (issue 16): short, abbreviations, imperatives, invoice numbers alone.
        { "acme exposure pls", En(new AskExposure("acme")) },
        { "exposure acme plz", En(new AskExposure("acme")) },
        { "expo acme pls", En(new AskExposure("acme")) },
        { "show me ACME's exposure", En(new AskExposure("ACME")) },
        { "show me acme", En(new AskExposure("acme")) },
        { "pull up acme pls", En(new AskExposure("acme")) },
        { "can u check acme pls", En(new AskExposure("acme")) },
        { "what about dupont?", En(new AskExposure("dupont")) },
        { "how about acme", En(new AskExposure("acme")) },
        { "hows acme", En(new AskExposure("acme")) },
        { "how's acme doing?", En(new AskExposure("acme")) },
        { "whats up with acme", En(new AskExposure("acme")) },
        { "where r we w acme", En(new AskExposure("acme")) },
        { "any news on dupont?", En(new AskExposure("dupont")) },
        { "update on acme pls", En(new AskExposure("acme")) },
        { "acme balance?", En(new AskExposure("acme")) },
        { "acme credit limit pls", En(new AskExposure("acme")) },
        { "how much does acme owe us thx", En(new AskExposure("acme")) },
        { "give me the exposure for acme", En(new AskExposure("acme")) },
        { "acme status?", En(new AskExposure("acme")) },
        { "is acme blocked pls", En(new AskBlocked("acme")) },
        { "acme on hold?", En(new AskBlocked("acme")) },
        { "blocked orders pls", En(new AskBlockedOrders()) },
        { "pending orders thx", En(new AskBlockedOrders()) },
        { "show me blocked orders", En(new AskBlockedOrders()) },
        { "where is FA000032", En(new AskInvoiceStatus("FA000032")) },
        { "FA000032 paid?", En(new AskInvoiceStatus("FA000032")) },
        { "is FA000032 paid yet?", En(new AskInvoiceStatus("FA000032")) },
        { "inv FA000032 pls", En(new AskInvoiceStatus("FA000032")) },
        { "status FA000032", En(new AskInvoiceStatus("FA000032")) },
        { "who's late?", En(new AskMyOverdueClients()) },
        { "my late payers pls", En(new AskMyOverdueClients()) },
        { "overdue clients thx", En(new AskMyOverdueClients()) },
        { "who hasnt paid", En(new AskMyOverdueClients()) },
        { "is acme late?", En(new AskPaymentBehaviour("acme")) },
        { "acme late payer?", En(new AskPaymentBehaviour("acme")) },
        { "who's over limit?", En(new AskMyClientsOverLimit()) },
        { "clients over their limit pls", En(new AskMyClientsOverLimit()) },
        { "dso pls", En(new AskDso(DsoScope.Company, null)) },
        { "my dso thx", En(new AskDso(DsoScope.Portfolio, null)) },
        { "dso acme pls", En(new AskDso(DsoScope.Client, "acme")) },
        { "can i sell 20k to acme pls", En(new AskPreSale("acme", 20_000m, null)) },
        { "ok to ship 15k to dupont?", En(new AskPreSale("dupont", 15_000m, null)) },
        { "limit request acme 80k pls", En(new AskLimitRequest("acme", 80_000m)) },
        { "help pls", new AskHelp("en") },
        { "hi", new AskHelp("en") },
        { "who is late this week?", En(new NotUnderstood("who is late this week?")) },
        { "what's new today", En(new NotUnderstood("what's new today")) },
        { "hey how r u", En(new NotUnderstood("hey how r u")) },
        { "any news?", En(new NotUnderstood("any news?")) },
        { "weather tomorrow", En(new NotUnderstood("weather tomorrow")) },
        { "summary", En(new NotUnderstood("summary")) },
        { "digest of ACME", En(new NotUnderstood("digest of ACME")) },
        { "summary of ACME", En(new AskExposure("ACME")) },

        // Digests on demand (issue 15): the daily digest for a credit manager, the weekly summary for the CFO
        { "my digest", En(new AskDailyDigest()) },
        { "my digest pls", En(new AskDailyDigest()) },
        { "daily digest", En(new AskDailyDigest()) },
        { "daily digest plz", En(new AskDailyDigest()) },
        { "today's digest", En(new AskDailyDigest()) },
        { "todays summary", En(new AskDailyDigest()) },
        { "show me my daily digest", En(new AskDailyDigest()) },
        { "send me my digest please", En(new AskDailyDigest()) },
        { "daily sumary", En(new AskDailyDigest()) },
        { "my daily digets", En(new AskDailyDigest()) },
        { "morning briefing pls", En(new AskDailyDigest()) },
        { "My Digest?", En(new AskDailyDigest()) },
        { "weekly summary", En(new AskWeeklySummary()) },
        { "weekly summary pls", En(new AskWeeklySummary()) },
        { "summary of the week", En(new AskWeeklySummary()) },
        { "this week's summary", En(new AskWeeklySummary()) },
        { "weekly report plz", En(new AskWeeklySummary()) },
        { "weelky summary", En(new AskWeeklySummary()) },
        { "weekly digest", En(new AskWeeklySummary()) },
        { "give me the weekly recap", En(new AskWeeklySummary()) },
        { "WEEKLY SUMMARY", En(new AskWeeklySummary()) },

        // Block statistics (issue 13): the last 30 days unless a number of days is typed
        { "block stats", En(new AskBlockStatistics()) },
        { "blocking statistics", En(new AskBlockStatistics()) },
        { "Block statistics please", En(new AskBlockStatistics()) },
        { "stats on blocked orders", En(new AskBlockStatistics()) },
        { "blockng statistics", En(new AskBlockStatistics()) },
        { "block statistcs", En(new AskBlockStatistics()) },
        { "blocking statistics last 90 days", En(new AskBlockStatistics(90)) },
        { "block stats for the last 90 days", En(new AskBlockStatistics(90)) },
        { "block stats over 7 days", En(new AskBlockStatistics(7)) },
        { "block stats ACME", En(new AskBlocked("ACME")) },
    };

    public static TheoryData<string> Phrasings => [.. Expected.Keys];

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Each_phrasing_gives_exactly_the_expected_question(string text)
    {
        var expected = Expected[text];

        var question = QuestionParser.Parse(text);

        Assert.Equal(expected, question);
    }

    [Fact]
    public void There_are_at_least_sixty_english_phrasings_covering_every_kind_of_question()
    {
        var kinds = Expected.Values.Select(q => q.GetType()).Distinct().Count();

        var total = Expected.Count;

        Assert.True(total >= 60, $"{total} phrasings");
        Assert.Equal(typeof(Question).GetNestedTypes().Length, kinds);
    }

    private static Question En(Question question) => question with { Language = "en" };
}
