using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CreditBot.BotFramework;
using CreditBot.Company;
using CreditBot.Delivery;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Committee;
using CreditBot.Domain.Decisions;
using CreditBot.Domain.Exposures;
using CreditBot.Questions;
using CreditBot.Storage;
using CreditBot.Users;
using Microsoft.Extensions.Options;
using Figures = CreditBot.Answers.Figures;
using T = CreditBot.Texts.CommitteeTexts;

namespace CreditBot.Committee;

/// <summary>
/// Limit requests from chat: the form, the submitted request (routed by the authority matrix, cards sent to each
/// decider through the outbox in the transaction that creates the request), "my requests" and "committee".
/// </summary>
public sealed class LimitRequests(
    ILimitRequestStore store,
    DecidedLimitStore decidedLimits,
    LedgerStore ledger,
    OrderBlocks.OrderBook orderBook,
    PeopleDirectory people,
    SynthesisNotes notes,
    CompanyClock clock,
    Outbox outbox,
    IOptions<CommitteeOptions> options,
    TimeProvider time,
    ILogger<LimitRequests> logger)
{
    public Answer Form(Client client, decimal? amount, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(client);
        var today = clock.Today;
        var exposure = Exposure.Of(client, ledger.OpenItemsOf(client.Code), orderBook.Of(client.Code), today);
        var card = LimitRequestForm.Render(client, exposure.Exposure, amount, today, today.AddMonths(options.Value.DefaultValidityMonths), options.Value, culture);
        return Answer.OfCard("limit-request-form", card, client.Code.Value);
    }

    /// <summary>
    /// Creates the request the form describes, for <paramref name="asker"/> (already allowed to see the client).
    /// <paramref name="formKey"/> identifies the form sent (a second click on it finds the request it created).
    /// </summary>
    public async Task<SubmitOutcome> SubmitAsync(Person asker, Client client, LimitRequestInput input, string formKey, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(input);
        var today = clock.Today;
        var currency = client.Currency;
        if (input.Amount is not > 0m)
        {
            return new SubmitOutcome(false, T.Format("form.amount-missing", culture, currency.Code));
        }

        if (string.IsNullOrWhiteSpace(input.Justification))
        {
            return new SubmitOutcome(false, T.Get("form.justification-missing", culture));
        }

        if (input.ValidUntil is { } until && until <= today)
        {
            return new SubmitOutcome(false, T.Get("form.valid-until-past", culture));
        }

        if (input.MonthlyBusiness is < 0m)
        {
            return new SubmitOutcome(false, T.Get("form.monthly-invalid", culture));
        }

        var id = RequestId(formKey, today);
        if (store.Find(id) is { } existing)
        {
            return new SubmitOutcome(false, T.Format("submit.already", culture, existing.Id));
        }

        var amount = new Money(input.Amount.Value, currency);
        var route = LimitRoute.For(amount, client, asker.ObjectId, options.Value, people);
        if (!route.HasDeciders)
        {
            return new SubmitOutcome(false, T.Format("submit.no-decider", culture, Figures.Money(amount, culture), T.Get($"route.{route.Level}", culture)));
        }

        var deciders = new List<Person>();
        foreach (var decider in route.Deciders)
        {
            deciders.Add(await people.FindAsync(decider, cancellationToken));
        }

        var now = time.GetUtcNow();
        var request = new LimitRequest(
            id, client.Code, amount, client.Limit?.Amount, asker.ObjectId, route.Deciders, route.Rules, now, now.AddHours(options.Value.DeadlineHours));
        var names = deciders.ToDictionary(p => p.ObjectId, p => p.Name ?? p.ObjectId, StringComparer.OrdinalIgnoreCase);
        names[asker.ObjectId] = asker.Name ?? asker.ObjectId;
        var record = new LimitRequestRecord
        {
            Request = request.ToSnapshot(),
            ClientName = client.Name,
            RequesterName = asker.Name,
            RequesterCulture = culture.Name,
            Route = route.Level,
            Justification = input.Justification.Trim(),
            ValidUntil = input.ValidUntil,
            ExpectedMonthlyBusiness = input.MonthlyBusiness is { } monthly ? new Money(monthly, currency) : null,
            Note = notes.For(client, amount, today),
            Names = names,
            Cultures = deciders.ToDictionary(p => p.ObjectId, p => Culture(p.Language).Name, StringComparer.OrdinalIgnoreCase),
        };

        var created = store.Create(record, new LimitRequestEvent(id, 0, now, asker.ObjectId, "created", Comment: record.Justification, CounterAmount: amount), () => SendCards(record));
        if (!created)
        {
            return new SubmitOutcome(false, T.Format("submit.already", culture, id));
        }

        outbox.Wake();
        logger.RequestCreated(id, client.Code.Value, asker.ObjectId, route.Level, route.Deciders.Count);
        var clientName = $"{client.Name} ({client.Code.Value})";
        return new SubmitOutcome(true, route.Level == AuthorityLevel.Committee
            ? T.Format("submit.sent-committee", culture, id, route.Deciders.Count, Figures.Money(amount, culture), clientName, CommitteeCard.When(request.Deadline, clock.Zone, culture))
            : T.Format("submit.sent-person", culture, id, record.NameOf(route.Deciders[0]), Figures.Money(amount, culture), clientName), id);
    }

    /// <summary>"mes demandes": the asker's requests with where each stands.</summary>
    public Answer Mine(Person asker, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(asker);
        var mine = asker.ObjectId.Length == 0 ? [] : store.ByRequester(asker.ObjectId);
        if (mine.Count == 0)
        {
            return Answer.OfText("my-requests", T.Get("mine.none", culture));
        }

        var lines = mine.Select(r => "- " + T.Format(
            "mine.line",
            culture,
            r.Id,
            $"{r.ClientName} ({r.Request.Client.Value})",
            Figures.Money(r.Request.RequestedAmount, culture),
            r.Request.Decision is { } decision
                ? CommitteeCard.Outcome(r, decision, culture)
                : T.Format("status.open", culture, r.Request.Votes.Count(v => v.Choice != VoteChoice.Recuse), r.ToDomain().EligibleMembers.Count, r.Request.Rules.Quorum)));
        return Answer.OfText("my-requests", T.Get("mine.title", culture) + "\n\n" + string.Join("\n", lines));
    }

    /// <summary>"comité": the open requests the asker decides, with their vote or a pointer to the card to vote.</summary>
    public Answer ForMember(Person member, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(member);
        var open = member.ObjectId.Length == 0
            ? []
            : store.Open().Where(r => r.Request.Members.Contains(member.ObjectId, StringComparer.OrdinalIgnoreCase)
                && !string.Equals(r.Request.Requester, member.ObjectId, StringComparison.OrdinalIgnoreCase)).ToList();
        var differences = ErpDifferences(member, culture);
        if (open.Count == 0)
        {
            return Answer.OfText("committee", T.Get("committee.none", culture) + differences);
        }

        var lines = open.Select(r =>
        {
            var client = $"{r.ClientName} ({r.Request.Client.Value})";
            var amount = Figures.Money(r.Request.RequestedAmount, culture);
            var closes = CommitteeCard.When(r.Request.Deadline, clock.Zone, culture);
            return "- " + (r.Request.Votes.FirstOrDefault(v => string.Equals(v.Member, member.ObjectId, StringComparison.OrdinalIgnoreCase)) is { } vote
                ? T.Format("committee.line-voted", culture, r.Id, client, amount, CommitteeCard.YourChoiceText(vote, culture), closes)
                : T.Format("committee.line-pending", culture, r.Id, client, amount, closes));
        });
        return Answer.OfText("committee", T.Get("committee.title", culture) + "\n\n" + string.Join("\n", lines) + differences);
    }

    /// <summary>For credit managers and the CFO: decided limits the ERP does not carry yet, to be typed there.</summary>
    private string ErpDifferences(Person reader, CultureInfo culture)
    {
        if (!reader.Has(Role.CreditManager) && !reader.Has(Role.Cfo))
        {
            return string.Empty;
        }

        var differences = decidedLimits.Differences();
        if (differences.Count == 0)
        {
            return string.Empty;
        }

        var lines = differences.Select(d => "- " + T.Format(
            "erp.line",
            culture,
            ledger.FindClient(new ClientCode(d.ClientCode)) is { } client ? $"{client.Name} ({d.ClientCode})" : d.ClientCode,
            Figures.Money(d.Amount, culture),
            Figures.Date(clock.DateOfInstant(d.DecidedAt), culture),
            d.RequestId,
            d.ErpLimit is { } erp ? Figures.Money(erp, culture) : T.Get("card.none", culture)));
        return "\n\n" + T.Get("erp.title", culture) + "\n\n" + string.Join("\n", lines);
    }

    /// <summary>In the creation transaction: one card per decider (1:1), or one in the committee's group chat.</summary>
    private void SendCards(LimitRequestRecord record)
    {
        if (record.Route == AuthorityLevel.Committee && options.Value.ConversationId is { Length: > 0 } conversation)
        {
            var shared = CommitteeCard.Render(record, null, clock.Zone, CommitteeVoting.CompanyCulture);
            outbox.Enqueue(
                $"limit:{record.Id}:card:{conversation}",
                OutboxRecipient.Conversation(conversation),
                CardMessage(shared),
                new PostedCardTag(CommitteeCard.Kind, record.Id, record.Version, CommitteeVoting.CompanyCulture.Name));
            return;
        }

        foreach (var member in record.Request.Members)
        {
            var culture = CultureInfo.GetCultureInfo(record.CultureOf(member));
            outbox.Enqueue(
                $"limit:{record.Id}:card:{member}",
                OutboxRecipient.Person(member),
                CardMessage(CommitteeCard.Render(record, member, clock.Zone, culture)),
                new PostedCardTag(CommitteeCard.Kind, record.Id, record.Version, culture.Name));
        }
    }

    private static Activity CardMessage(RawJson card)
    {
        var message = Activity.CreateMessage();
        message.Attachments = [Attachment.AdaptiveCard(card)];
        return message;
    }

    private static CultureInfo Culture(string? language) =>
        language is { Length: >= 2 } && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Bot.TurnCulture.English : Bot.TurnCulture.French;

    /// <summary>A short id, the same for the same form (so a second click on it finds the first request).</summary>
    private static string RequestId(string formKey, DateOnly today)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(formKey)))[..6];
        return $"LR-{today:yyMMdd}-{hash}";
    }
}

/// <summary>What a submitted form came to: sent (with the new request's id) or the reason it was not.</summary>
public sealed record SubmitOutcome(bool Sent, string Text, string? RequestId = null);

/// <summary>What the form sent back, read from the action's inputs (re-validated before use).</summary>
public sealed record LimitRequestInput(decimal? Amount, DateOnly? ValidUntil, string? Justification, decimal? MonthlyBusiness);
