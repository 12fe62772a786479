using System.Globalization;
using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.Cards;
using CreditBot.Company;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.LatePayment;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;
using CreditBot.Storage;
using CreditBot.Users;
using Microsoft.Extensions.Options;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Questions;

/// <summary>
/// Answers a parsed question for a person: finds the client, checks the person may see it, loads
/// the ledger data, lets the domain compute, and renders the card in the reader's culture.
/// Refusals and "not found" are answers, not errors.
/// </summary>
public sealed class QuestionHandler(
    LedgerStore ledger,
    ClientIndex clients,
    PeopleDirectory people,
    CompanyClock clock,
    ImportRunStore imports,
    LatePayment.PenaltyRates rates,
    IOptions<OrderBlocks.OrderBlockOptions> blockOptions,
    Digests.DailyDigestComposer dailyDigests,
    Digests.WeeklySummaryComposer weeklySummaries,
    ILogger<QuestionHandler> logger,
    OrderBlocks.PendingOrders? pendingOrders = null,
    Committee.LimitRequests? limitRequests = null,
    OrderBlocks.BlockStatisticsReply? blockStatistics = null,
    OrderBlocks.ClientOrderStates? orderStates = null,
    OrderBlocks.OrderBook? orderBook = null)
{
    private const int DsoMonths = 12;

    /// <summary>Answers that compute from the ledger: each states the date it is computed for and how fresh the ledger is.</summary>
    private static readonly HashSet<string> ComputedKinds =
        ["exposure", "blocked", "open-invoices", "payment-behaviour", "pre-sale", "invoice", "order-status", "my-overdue-clients", "my-clients-over-limit", "blocked-orders", "dso"];

    /// <summary>Parses a message knowing the clients' names (a word of a name is never taken for filler).</summary>
    public Question Parse(string? text) => QuestionParser.Parse(text, clients.Matcher);

    /// <summary>The answer at <paramref name="asOf"/> (a past date from the command line), or today in the company's time zone.</summary>
    public Answer Respond(Question question, Person asker, CultureInfo culture, string originalText, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var day = asOf ?? clock.Today;
        return WithFreshness(Compute(question, asker, culture, originalText, day), day, culture);
    }

    private Answer Compute(Question question, Person asker, CultureInfo culture, string originalText, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(asker);
        return question switch
        {
            Question.AskHelp help => Answer.OfCard("help", HelpCard.Render(help.Language == "fr" ? TurnCulture.French : TurnCulture.English)),
            Question.AskExposure ask => WithClient(ask.ClientQuery, "exposure", asker, culture, originalText, client => ExposureAnswer(client, asOf, culture)),
            Question.AskBlocked ask => WithClient(ask.ClientQuery, "blocked", asker, culture, originalText, client => BlockedAnswer(client, asOf, culture)),
            Question.AskOpenInvoices ask => WithClient(ask.ClientQuery, "open-invoices", asker, culture, originalText, client => OpenInvoicesAnswer(client, asOf, culture)),
            Question.AskPaymentBehaviour ask => WithClient(ask.ClientQuery, "payment-behaviour", asker, culture, originalText, client => BehaviourAnswer(client, asOf, culture)),
            Question.AskPreSale ask => WithClient(ask.ClientQuery, "pre-sale", asker, culture, originalText, client => PreSaleAnswer(client, ask, asOf, culture)),
            Question.AskInvoiceStatus ask => InvoiceAnswer(ask.InvoiceNumber, asker, asOf, culture),
            Question.AskOrderStatus ask => OrderAnswer(ask.OrderNumber, asker, culture, invoiceToo: false),
            Question.AskMyOverdueClients => ListAnswer(ClientListKind.Overdue, asker, asOf, culture),
            Question.AskMyClientsOverLimit => ListAnswer(ClientListKind.OverLimit, asker, asOf, culture),
            Question.AskBlockedOrders => pendingOrders?.ForApprover(asker, culture) ?? BlockedOrdersAnswer(asker, asOf, culture),
            Question.AskDso ask => DsoAnswer(ask, asker, asOf, culture, originalText),
            Question.AskCostOfUnpaid ask => Answer.OfCard("cost-of-unpaid", CostOfUnpaidCard.Render(CostOfUnpaid.Of(new Money(ask.Amount, clock.Currency), ask.MarginRate), culture)),
            Question.NotUnderstood => NotUnderstood(originalText, asker, asOf, culture),
            Question.SayWelcome => Answer.OfText("welcome", Texts.Texts.Get("YouAreWelcome", culture)),
            Question.AskDisputesWithoutClient => Answer.OfText("which-client", Texts.Texts.Get("DisputesWhichClient", culture)),
            Question.AskLimitRequest ask when limitRequests is not null => WithClient(ask.ClientQuery, "limit-request-form", asker, culture, originalText, client => limitRequests.Form(client, ask.Amount, culture)),
            Question.AskMyRequests when limitRequests is not null => limitRequests.Mine(asker, culture),
            Question.AskCommittee when limitRequests is not null => limitRequests.ForMember(asker, culture),
            Question.AskLimitRequest or Question.AskMyRequests or Question.AskCommittee => Answer.OfText("unavailable", Texts.CommitteeTexts.Get("unavailable", culture)),
            Question.AskDailyDigest => DigestAnswer(Role.CreditManager, "daily", asker, culture, () => dailyDigests.CardFor(asker, asOf, culture)),
            Question.AskBlockStatistics ask => BlockStatisticsAnswer(ask, asker, asOf, culture),
            Question.AskWeeklySummary => DigestAnswer(Role.Cfo, "weekly", asker, culture, () => Digests.WeeklySummaryCard.Render(weeklySummaries.Compose(asOf), culture)),
            _ => NotUnderstood(originalText, asker, asOf, culture),
        };
    }

    /// <summary>A click on a choice card: the same question again, for the client picked (re-authorised here).</summary>
    public Answer RespondForClient(string originalText, ClientCode code, Person asker, CultureInfo culture, DateOnly? asOf = null)
    {
        var day = asOf ?? clock.Today;
        return WithFreshness(ComputeForClient(originalText, code, asker, culture, day), day, culture);
    }

    private Answer ComputeForClient(string originalText, ClientCode code, Person asker, CultureInfo culture, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(asker);
        var client = ledger.FindClient(code);
        if (client is null)
        {
            return Answer.OfCard("client-not-found", ClientNotFoundCard.Render(code.Value, originalText, [], culture));
        }

        if (!CanSee(asker, client))
        {
            return Refuse(asker, client, culture);
        }

        return Parse(originalText) switch
        {
            Question.AskPaymentBehaviour => BehaviourAnswer(client, asOf, culture),
            Question.AskBlocked => BlockedAnswer(client, asOf, culture),
            Question.AskOpenInvoices => OpenInvoicesAnswer(client, asOf, culture),
            Question.AskPreSale ask => PreSaleAnswer(client, ask, asOf, culture),
            Question.AskLimitRequest ask when limitRequests is not null => limitRequests.Form(client, ask.Amount, culture),
            _ => ExposureAnswer(client, asOf, culture),
        };
    }

    /// <summary>
    /// Adds to a computed answer the date it is computed for and when the ledger was last imported (and its cut-off),
    /// so that a reader knows how fresh the figures are.
    /// </summary>
    private Answer WithFreshness(Answer answer, DateOnly asOf, CultureInfo culture)
    {
        if (!ComputedKinds.Contains(answer.Kind))
        {
            return answer;
        }

        var line = Freshness(asOf, imports.FindLast(), culture);
        if (answer.Card is not { } card)
        {
            return answer with { Text = $"{answer.Text}\n\n{line}" };
        }

        var node = card.ToNode();
        if (node["body"] is System.Text.Json.Nodes.JsonArray body)
        {
            body.Add(new System.Text.Json.Nodes.JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = line,
                ["size"] = "Small",
                ["isSubtle"] = true,
                ["wrap"] = true,
            });
        }

        return answer with { Card = BotFramework.RawJson.Write(default, node, static (writer, value) => value.WriteTo(writer)) };
    }

    public string Freshness(DateOnly asOf, Ledger.ImportRun? last, CultureInfo culture)
    {
        var date = Answers.Figures.Date(asOf, culture);
        if (last is null)
        {
            return T.Format("freshness.never", culture, date);
        }

        var at = clock.Local(last.AtUtc);
        var importedOn = Answers.Figures.Date(DateOnly.FromDateTime(at), culture);
        var time = at.ToString("HH:mm", CultureInfo.InvariantCulture);
        return last.AsOf is { } cutOff
            ? T.Format("freshness.imported-cut-off", culture, date, importedOn, time, Answers.Figures.Date(cutOff, culture))
            : T.Format("freshness.imported", culture, date, importedOn, time);
    }

    public bool CanSee(Person asker, Client client)
    {
        ArgumentNullException.ThrowIfNull(asker);
        ArgumentNullException.ThrowIfNull(client);
        if (asker.SeesAllClients)
        {
            return true;
        }

        if (!asker.Has(Role.Salesperson))
        {
            return false;
        }

        return !people.Options.SalespeopleSeeOnlyTheirClients || asker.IsSalespersonOf(client.Salesperson);
    }

    private Answer WithClient(string query, string kind, Person asker, CultureInfo culture, string originalText, Func<Client, Answer> answer)
    {
        switch (clients.Matcher.Match(query))
        {
            case ClientMatch.Found found when CanSee(asker, found.Client):
                return answer(found.Client);
            case ClientMatch.Found found:
                return Refuse(asker, found.Client, culture);
            case ClientMatch.Ambiguous ambiguous:
                return Answer.OfCard("client-choice", ClientChoiceCard.Render(query, originalText, ambiguous.Candidates, culture));
            case ClientMatch.NotFound notFound:
                return Answer.OfCard("client-not-found", ClientNotFoundCard.Render(query, originalText, notFound.Suggestions, culture));
            default:
                throw new InvalidOperationException($"Unknown match outcome for a {kind} question.");
        }
    }

    private Answer Refuse(Person asker, Client client, CultureInfo culture)
    {
        logger.QuestionRefused(asker.ObjectId, client.Code.Value);
        return Answer.OfText("refused", PlainReplies.Refusal(culture), client.Code.Value);
    }

    private Answer ExposureAnswer(Client client, DateOnly asOf, CultureInfo culture)
    {
        var openItems = ledger.OpenItemsOf(client.Code);
        var orders = OrdersOf(client.Code);
        var payments = ledger.PaymentsOf(client.Code);
        var exposure = Exposure.Of(client, openItems, orders, asOf, blockOptions.Value.Exposure);
        var behaviour = PaymentBehaviour.Of(payments, asOf, client.Currency);
        var lastPayment = payments.Where(p => p.Date <= asOf).MaxBy(p => p.Date);
        var view = new ExposureView(client, exposure, openItems, behaviour, lastPayment);
        return Answer.OfCard("exposure", ExposureCard.Render(view, culture), client.Code.Value);
    }

    /// <summary>"is ACME blocked?": the exposure card with its block reasons, and where each of the client's orders stands in the block store.</summary>
    private Answer BlockedAnswer(Client client, DateOnly asOf, CultureInfo culture)
    {
        var exposure = ExposureAnswer(client, asOf, culture);
        if (orderStates is null || exposure.Card is not { } card || card.ToNode() is not System.Text.Json.Nodes.JsonObject node
            || node["body"] is not System.Text.Json.Nodes.JsonArray body)
        {
            return exposure;
        }

        body.Add(orderStates.Section(client.Code, culture));
        return Answer.OfCard("blocked", BotFramework.RawJson.Write(default, node, static (writer, value) => value.WriteTo(writer)), client.Code.Value);
    }

    private Answer OpenInvoicesAnswer(Client client, DateOnly asOf, CultureInfo culture)
    {
        var view = new OpenInvoicesView(client, asOf, ledger.OpenItemsOf(client.Code));
        return Answer.OfCard("open-invoices", OpenInvoicesCard.Render(view, culture), client.Code.Value);
    }

    private Answer BehaviourAnswer(Client client, DateOnly asOf, CultureInfo culture)
    {
        var behaviour = PaymentBehaviour.Of(ledger.PaymentsOf(client.Code), asOf, client.Currency);
        return Answer.OfCard("payment-behaviour", PaymentBehaviourCard.Render(client, behaviour, culture), client.Code.Value);
    }

    private Answer PreSaleAnswer(Client client, Question.AskPreSale ask, DateOnly asOf, CultureInfo culture)
    {
        var openItems = ledger.OpenItemsOf(client.Code);
        var orders = OrdersOf(client.Code);
        var order = new Order
        {
            Client = client.Code,
            Number = "pre-sale",
            Date = asOf,
            Amount = new Money(ask.Amount, client.Currency),
            Prepayment = ask.Terms?.Basis == PaymentTermsBasis.Prepayment,
        };
        var exposure = Exposure.Of(client, openItems, orders, asOf, blockOptions.Value.Exposure);
        var decision = BlockRules.Evaluate(client, openItems, orders, order, asOf, blockOptions.Value.Rules);
        var terms = ask.Terms ?? client.Terms;
        var verdict = terms is null ? null : MaximumTerms.Check(terms, invoiceDate: asOf);
        var view = new PreSaleView(client, exposure, order, decision, verdict);
        return Answer.OfCard("pre-sale", PreSaleCard.Render(view, culture), client.Code.Value);
    }

    private Answer InvoiceAnswer(string number, Person asker, DateOnly asOf, CultureInfo culture)
    {
        var item = ledger.FindOpenItem(number);
        if (item is null)
        {
            // "CMD-000179" alone reads as an invoice number: an order of that number is the answer, if there is one.
            return OrderAnswer(number, asker, culture, invoiceToo: true);
        }

        var client = ledger.FindClient(item.Client);
        if (client is null)
        {
            return Answer.OfText("invoice-not-found", PlainReplies.InvoiceNotFound(number, culture));
        }

        if (!CanSee(asker, client))
        {
            return Refuse(asker, client, culture);
        }

        var payments = ledger.PaymentsOf(client.Code);
        var penalty = PenaltyCalculation.ForInvoice(item, payments, asOf, rates.Table);
        var indemnity = RecoveryIndemnity.For(item, payments, asOf);
        var view = new InvoiceView(client, item, asOf, penalty, indemnity);
        return Answer.OfCard("invoice", InvoiceCard.Render(view, culture), client.Code.Value);
    }

    /// <summary>
    /// Where the orders numbered <paramref name="number"/> stand, one line per client the asker may see: its block (who
    /// has it, since when, or the decision), else its place in the order book of the last import (not blocked).
    /// </summary>
    private Answer OrderAnswer(string number, Person asker, CultureInfo culture, bool invoiceToo)
    {
        var blocked = orderStates?.WithOrderNumber(number) ?? [];
        var booked = ledger.FindOrders(number);
        var entries = new List<OrderBlocks.OrderStatusEntry>();
        string? firstClient = null;
        Client? refused = null;
        foreach (var (code, block, order) in blocked.Select(b => (b.Client, (OrderBlock?)b, booked.FirstOrDefault(o => o.Client == b.Client)))
            .Concat(booked.Where(o => !blocked.Any(b => b.Client == o.Client)).Select(o => (o.Client, (OrderBlock?)null, (Order?)o))))
        {
            if (ledger.FindClient(code) is not { } client)
            {
                continue;
            }

            if (!CanSee(asker, client))
            {
                refused ??= client;
                continue;
            }

            var (style, state) = block is null ? ("default", Texts.OrderBlockTexts.Get("order.not-blocked-state", culture)) : orderStates!.StateOf(block, culture);
            entries.Add(new OrderBlocks.OrderStatusEntry(
                client.Name,
                block?.OrderNumber ?? order!.Number,
                block?.OrderAmount ?? order!.Amount,
                order?.Date,
                style,
                state,
                block is null ? [] : [.. block.Reasons.Select(r => BlockReasonText.Describe(r, culture))]));
            firstClient ??= client.Code.Value;
        }

        if (entries.Count > 0)
        {
            var card = OrderBlocks.OrderStatusCard.Render(number, [.. entries.Take(OrderBlocks.OrderStatusCard.Max)], culture, Math.Max(0, entries.Count - OrderBlocks.OrderStatusCard.Max));
            return Answer.OfCard("order-status", card, firstClient);
        }

        if (refused is not null)
        {
            return Refuse(asker, refused, culture);
        }

        return invoiceToo
            ? Answer.OfText("invoice-not-found", T.Format("reply.invoice-or-order-not-found", culture, Markdown.Literal(number)))
            : Answer.OfText("order-not-found", Texts.OrderBlockTexts.Format("order.not-found", culture, Markdown.Literal(number)));
    }

    /// <summary>The client's orders that count in its exposure: rejected ones left out (<see cref="OrderBlocks.OrderBook"/>).</summary>
    private IReadOnlyList<Order> OrdersOf(ClientCode code) => orderBook?.Of(code) ?? ledger.OrdersOf(code);

    private IEnumerable<Client> Visible(Person asker) => ledger.AllClients().Where(client => CanSee(asker, client));

    /// <summary>
    /// Someone with no role sees no client: "none of your clients is overdue" would be untrue, so they are told why
    /// (and a salesperson to whom the client master gives no client, likewise, unless <paramref name="checkClients"/>
    /// is false: a portfolio DSO without clients is answered "no sales").
    /// </summary>
    private Answer? NoRoleReply(Person asker, CultureInfo culture, bool checkClients = true)
    {
        if (asker.SeesAllClients)
        {
            return null;
        }

        if (!asker.Has(Role.Salesperson))
        {
            logger.QuestionRefused(asker.ObjectId, "no-role");
            return Answer.OfText("no-role", PlainReplies.NoRole(culture));
        }

        return !checkClients || !people.Options.SalespeopleSeeOnlyTheirClients || Visible(asker).Any()
            ? null
            : Answer.OfText("no-clients", PlainReplies.NoClientAssigned(culture));
    }

    private Answer ListAnswer(ClientListKind kind, Person asker, DateOnly asOf, CultureInfo culture)
    {
        if (NoRoleReply(asker, culture) is { } noRole)
        {
            return noRole;
        }

        var openItems = ledger.AllOpenItems().ToLookup(item => item.Client);
        var orders = orderBook?.All() ?? ledger.AllOrders().ToLookup(order => order.Client);
        var rows = new List<ClientListRow>();
        foreach (var client in Visible(asker))
        {
            var items = openItems[client.Code].ToList();
            var exposure = Exposure.Of(client, items, orders[client.Code], asOf, blockOptions.Value.Exposure);
            if (kind == ClientListKind.Overdue && exposure.Overdue.IsPositive)
            {
                rows.Add(ClientListRow.Overdue(client, items, exposure));
            }
            else if (kind == ClientListKind.OverLimit && exposure.Excess is { IsPositive: true })
            {
                rows.Add(ClientListRow.OverLimit(client, exposure));
            }
        }

        return Answer.OfCard(kind == ClientListKind.Overdue ? "my-overdue-clients" : "my-clients-over-limit", ClientListCard.Render(kind, rows, culture));
    }

    private Answer BlockedOrdersAnswer(Person asker, DateOnly asOf, CultureInfo culture)
    {
        if (NoRoleReply(asker, culture) is { } noRole)
        {
            return noRole;
        }

        var openItems = ledger.AllOpenItems().ToLookup(item => item.Client);
        var orders = orderBook?.All() ?? ledger.AllOrders().ToLookup(order => order.Client);
        var rows = new List<ClientListRow>();
        foreach (var client in Visible(asker))
        {
            var clientOrders = orders[client.Code].ToList();
            var others = new List<Order>(clientOrders.Count);
            foreach (var order in clientOrders)
            {
                others.Clear();
                others.AddRange(clientOrders.Where(o => !ReferenceEquals(o, order)));
                var decision = BlockRules.Evaluate(client, openItems[client.Code], others, order, asOf, blockOptions.Value.Rules);
                if (decision.IsBlocked)
                {
                    rows.Add(ClientListRow.BlockedOrder(client, order, decision));
                }
            }
        }

        return Answer.OfCard("blocked-orders", ClientListCard.Render(ClientListKind.BlockedOrders, rows, culture));
    }

    private Answer DsoAnswer(Question.AskDso ask, Person asker, DateOnly asOf, CultureInfo culture, string originalText)
    {
        if (ask.Scope == DsoScope.Client && ask.ScopeValue is { } query)
        {
            return WithClient(query, "dso", asker, culture, originalText, client => Dso(DsoScopeKind.Client, [client], asOf, culture, client.Name, client.Code.Value));
        }

        // "DSO of my portfolio" without clients is answered "no sales"; any other scope asked without a role says why.
        if (ask.Scope != DsoScope.Portfolio && NoRoleReply(asker, culture, checkClients: false) is { } noRole)
        {
            return noRole;
        }

        var mayLookBeyondOwnClients = asker.SeesAllClients;
        if (ask.Scope == DsoScope.Company && !mayLookBeyondOwnClients && asker.Has(Role.Salesperson))
        {
            // A salesperson's bare "DSO" is about their own clients: the card says "DSO of my portfolio".
            ask = ask with { Scope = DsoScope.Portfolio };
        }

        if (ask.Scope != DsoScope.Portfolio && !mayLookBeyondOwnClients)
        {
            logger.QuestionRefused(asker.ObjectId, $"dso:{ask.Scope}");
            return Answer.OfText("refused", PlainReplies.ScopeRefusal(culture));
        }

        var scope = Visible(asker);
        DsoScopeKind kind;
        switch (ask.Scope)
        {
            case DsoScope.BusinessUnit when ask.ScopeValue is { } unit:
                var known = ledger.AllClients()
                    .Select(c => c.BusinessUnit?.Trim())
                    .OfType<string>()
                    .Where(b => b.Length > 0)
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .Order(StringComparer.CurrentCulture)
                    .ToList();
                if (!known.Contains(unit.Trim(), StringComparer.OrdinalIgnoreCase))
                {
                    return Answer.OfText("dso-unknown-unit", PlainReplies.UnknownBusinessUnit(unit.Trim(), known, culture));
                }

                scope = scope.Where(c => string.Equals(c.BusinessUnit?.Trim(), unit.Trim(), StringComparison.OrdinalIgnoreCase));
                kind = DsoScopeKind.BusinessUnit;
                break;
            case DsoScope.Country when ask.ScopeValue is { } country:
                scope = scope.Where(c => string.Equals(c.Country, country, StringComparison.OrdinalIgnoreCase));
                kind = DsoScopeKind.Country;
                break;
            case DsoScope.Portfolio when asker.Has(Role.Salesperson):
                scope = scope.Where(c => asker.IsSalespersonOf(c.Salesperson));
                kind = DsoScopeKind.Portfolio;
                break;
            case DsoScope.Portfolio:
                kind = DsoScopeKind.Portfolio;
                break;
            default:
                kind = DsoScopeKind.Company;
                break;
        }

        return Dso(kind, scope.ToList(), asOf, culture, ask.ScopeValue, null);
    }

    private Answer Dso(DsoScopeKind kind, IReadOnlyList<Client> scope, DateOnly asOf, CultureInfo culture, string? scopeName, string? clientCode)
    {
        var codes = scope.Select(c => c.Code).ToHashSet();
        var currency = clock.Currency;
        var items = ledger.AllOpenItems().Where(item => codes.Contains(item.Client) && item.Open.Currency == currency).ToList();
        var sales = Domain.Dso.MonthlySales.Combine(
            ledger.AllMonthlySales()
                .Where(s => codes.Contains(s.Client) && s.Sales.Currency == currency)
                .Select(s => new Domain.Dso.MonthlySales(s.Year, s.Month, s.Sales)),
            currency);
        var from = new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(-(DsoMonths - 1));
        var periodSales = Money.Sum(sales.Where(s => s.FirstDay >= from && s.FirstDay <= asOf).Select(s => s.Sales), currency);
        if (!periodSales.IsPositive)
        {
            // Nobody's clients, an unknown unit or a country with no client: no sales, so no DSO to compute.
            return Answer.OfText("dso-no-sales", PlainReplies.DsoNoSales(asOf, culture), clientCode);
        }

        var receivables = DsoReceivables.From(items, asOf, currency);
        var countBack = CountBackDso.Compute(receivables.Total, sales, asOf: asOf);
        var ratio = periodSales.IsPositive ? RatioDso.Simple(receivables.Total, periodSales, from, asOf) : null;
        var best = BestPossibleDso.CountBack(receivables, sales, asOf: asOf);
        // One receivables figure per card: the overdue rate splits the same balance the DSO counts back.
        var overdueRate = OverdueRate.Of(receivables.Overdue, receivables.Total);
        var view = new DsoView(kind, asOf, countBack, ratio, best, overdueRate, null, scopeName);
        return Answer.OfCard("dso", DsoCard.Render(view, culture), clientCode);
    }

    /// <summary>
    /// A digest asked for in chat: the card its holders get (composed now, nothing recorded nor sent to anyone else), or
    /// for anyone without the role a refusal that says who gets it, with no figure.
    /// </summary>
    private Answer DigestAnswer(Role role, string kind, Person asker, CultureInfo culture, Func<BotFramework.RawJson> card)
    {
        if (!asker.Has(role))
        {
            logger.QuestionRefused(asker.ObjectId, $"digest:{kind}");
            return Answer.OfText("digest-refused", Texts.DigestTexts.Get($"on-demand.refused.{kind}", culture));
        }

        return Answer.OfCard(kind == "daily" ? "daily-digest" : "weekly-summary", card());
    }

    /// <summary>Block statistics for those who decide blocked orders (credit managers, the CFO); anyone else gets a refusal with no figure.</summary>
    private Answer BlockStatisticsAnswer(Question.AskBlockStatistics ask, Person asker, DateOnly asOf, CultureInfo culture)
    {
        if (!asker.Has(Role.CreditManager) && !asker.Has(Role.Cfo))
        {
            logger.QuestionRefused(asker.ObjectId, "block-statistics");
            return Answer.OfText("block-statistics-refused", Texts.OrderBlockTexts.Get("stats.refused", culture));
        }

        return blockStatistics?.For(ask.Days, asOf, culture) ?? Answer.OfText("unavailable", Texts.CommitteeTexts.Get("unavailable", culture));
    }

    private Answer NotUnderstood(string text, Person asker, DateOnly asOf, CultureInfo culture)
    {
        // A message that is only a client's name or code reads as "what about this client?"; any other sentence
        // ("bonjour ça va", "what's new today") is not looked up as a name.
        if (text.Length <= 80 && QuestionParser.BareName(text, clients.Matcher) is { } name)
        {
            switch (clients.Matcher.Match(name))
            {
                case ClientMatch.Found found:
                    return CanSee(asker, found.Client) ? ExposureAnswer(found.Client, asOf, culture) : Refuse(asker, found.Client, culture);
                case ClientMatch.Ambiguous ambiguous:
                    return Answer.OfCard("client-choice", ClientChoiceCard.Render(name, text, ambiguous.Candidates, culture));
            }
        }

        var examples = string.Join("\n\n", HelpCard.Examples(culture).Select(e => $"- {e}"));
        return Answer.OfText("not-understood", $"{Texts.Texts.Get("NotUnderstood", culture)}\n\n{examples}");
    }
}
