using CreditBot.Domain.Orders;

namespace CreditBot.OrderBlocks;

/// <summary>
/// What the block statistics card shows: the figures over <see cref="Days"/> whole days from <see cref="FirstDay"/> to
/// <see cref="LastDay"/> (company time zone), computed at <see cref="AsOf"/>, with the salespeople's names, and what
/// became of the period's releases (<see cref="FollowUp"/>), judged on the ledger as of <see cref="LedgerAsOf"/>.
/// </summary>
public sealed record BlockStatisticsView(
    BlockStatistics Statistics,
    int Days,
    DateOnly FirstDay,
    DateOnly LastDay,
    DateTimeOffset AsOf,
    IReadOnlyDictionary<string, string> SalespersonNames,
    ReleaseFollowUp FollowUp,
    DateOnly LedgerAsOf,
    IReadOnlyDictionary<string, string> ClientNames);
