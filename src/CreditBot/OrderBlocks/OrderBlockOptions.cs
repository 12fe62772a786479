using System.ComponentModel.DataAnnotations;
using CreditBot.Delivery.Webhooks;
using CreditBot.Domain;
using CreditBot.Domain.Decisions;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.Orders;

namespace CreditBot.OrderBlocks;

/// <summary>Block thresholds, rechecks and who decides what amount (<c>OrderBlocks</c> section).</summary>
public sealed class OrderBlockOptions
{
    public const string SectionName = "OrderBlocks";

    /// <summary>Overdue amount (client currency) tolerated before an order blocks.</summary>
    [Range(0, double.MaxValue)]
    public decimal OverdueAmountTolerance { get; set; }

    /// <summary>
    /// Days past due tolerated before an item counts for the overdue rule: 30, the usual "oldest open item" tolerance of
    /// ERP credit checks; 0 blocks for any overdue amount, which with half of French companies paying late blocks the
    /// orders of every client a few days behind (README, "The demo data").
    /// </summary>
    [Range(0, 365)]
    public int OverdueDaysTolerance { get; set; } = 30;

    public bool CountDisputedOverdue { get; set; } = true;

    /// <summary>A release older than this many days is checked again when the order is still blocked.</summary>
    [Range(1, 3650)]
    public int RecheckAfterDays { get; set; } = 30;

    /// <summary>Release at once an order whose reasons have gone (the approver is told either way).</summary>
    public bool AutoReleaseWhenReady { get; set; }

    /// <summary>A request not decided this many hours after it opened is reminded to its approvers, once (checked every minute and at each import).</summary>
    [Range(1, 24 * 365)]
    public int RemindAfterHours { get; set; } = 24;

    /// <summary>Not decided this many hours after it opened: escalated to the CFO (checked every minute and at each import).</summary>
    [Range(1, 24 * 365)]
    public int EscalateAfterHours { get; set; } = 48;

    /// <summary>Run the reminder clock (<see cref="OrderBlockReminders"/>); off, reminders wait for the next import.</summary>
    public bool RunReminderJob { get; set; } = true;

    /// <summary>
    /// More new requests than this for one approver in one import (a first import, a bad day) come as one message
    /// naming them and pointing to « commandes bloquées », instead of a card each.
    /// </summary>
    [Range(1, 1000)]
    public int MaxCardsPerApproverPerImport { get; set; } = 10;

    /// <summary>A credit manager releases orders up to this amount (inclusive), the CFO above.</summary>
    [Range(0, double.MaxValue)]
    public decimal CreditManagerUpTo { get; set; } = 50_000m;

    /// <summary>The CFO releases orders up to this amount; above, the committee decides.</summary>
    [Range(0, double.MaxValue)]
    public decimal CfoUpTo { get; set; } = 250_000m;

    /// <summary>Header carrying the ERP's API key on <c>/api/orders/…</c>.</summary>
    [Required]
    public string ErpApiKeyHeader { get; set; } = "X-CreditBot-Erp-Key";

    /// <summary>Hex SHA-256 of the ERP's API key (never the key); empty: no key accepted.</summary>
    public string ErpApiKeySha256 { get; set; } = "";

    /// <summary>App role an Entra token needs on <c>/api/orders/…</c>.</summary>
    [Required]
    public string ErpRole { get; set; } = "CreditBot.Erp";

    /// <summary>
    /// Optional: where every change of an order's status is posted for the ERP (through the outbox, retried until a
    /// 2xx, signed with <see cref="WebhookSecret"/>; see README "Order decisions to the ERP"). https, or http on loopback.
    /// </summary>
    public string? WebhookUrl { get; set; }

    /// <summary>The HMAC-SHA256 key shared with the ERP, at least 32 characters; a secret: environment or secret store, not appsettings.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The ERP's webhook, when <see cref="WebhookUrl"/> is set (validated at start).</summary>
    public WebhookEndpoint? Webhook => string.IsNullOrWhiteSpace(WebhookUrl) || WebhookProblem is not null
        ? null
        : new WebhookEndpoint(OrderBlockMessages.ErpWebhook, new Uri(WebhookUrl), WebhookSecret!);

    public string? WebhookProblem =>
        WebhookEndpoint.Problem(WebhookUrl, WebhookSecret, SectionName + ":" + nameof(WebhookUrl), SectionName + ":" + nameof(WebhookSecret));

    public BlockRuleOptions Rules => new()
    {
        OverdueAmountTolerance = OverdueAmountTolerance,
        OverdueDaysTolerance = OverdueDaysTolerance,
        CountDisputedOverdue = CountDisputedOverdue,
    };

    /// <summary>What every exposure shown to a person uses, so that the chat says what the order check does.</summary>
    public ExposureOptions Exposure => new() { BlockRules = Rules };

    public OrderBlockPolicy Policy => new(RecheckAfterDays, AutoReleaseWhenReady, RemindAfterHours, EscalateAfterHours);

    public AuthorityMatrix Authority(Currency currency) => new(new Money(CreditManagerUpTo, currency), new Money(CfoUpTo, currency));
}
