using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Decisions;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;

namespace CreditBot.OrderBlocks;

/// <summary>
/// What the approval card shows: the block, the client and its figures today (null when the client left the
/// master), who has the order, the level it needs, and whom it can be forwarded to.
/// </summary>
public sealed record BlockedOrderView(
    OrderBlock Block,
    Client? Client,
    ExposureResult? Now,
    IReadOnlyList<OpenItem> OpenItems,
    PaymentBehaviour? Behaviour,
    Payment? LastPayment,
    AuthorityLevel Required,
    AuthorityMatrix Matrix,
    string? SalespersonName,
    IReadOnlyList<(string ObjectId, string Name)> Approvers,
    IReadOnlyList<(string ObjectId, string Name)> ForwardTo,
    DateOnly AsOf)
{
    /// <summary>The order's date in the order book of the last import; null when it is not there (an ERP check, or invoiced since).</summary>
    public DateOnly? OrderDate { get; init; }

    /// <summary>Today's exposure without this order (today's figures count it while it is in the order book).</summary>
    public Money? ExposureBefore => Now is { } now ? now.Exposure - Block.OrderAmount : null;

    /// <summary>What a partial release may cover: the limit less the exposure without this order.</summary>
    public Money? HeadroomBefore => Now?.Limit is { } limit && ExposureBefore is { } before ? limit.Amount - before : null;
}
