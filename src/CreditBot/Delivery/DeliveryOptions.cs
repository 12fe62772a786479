using System.ComponentModel.DataAnnotations;

namespace CreditBot.Delivery;

/// <summary>Section <c>Delivery</c>: how the outbox dispatcher paces and retries proactive messages.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>Run the dispatcher in this process (off: messages wait in the outbox).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Teams' limit per app per tenant (conformance §2.4: 50 requests per second; older docs say 30).</summary>
    [Range(1, 1000)]
    public int TenantRequestsPerSecond { get; set; } = 50;

    /// <summary>
    /// Added to every pacing window. Sends count in the windows from their answer, by which time Teams has counted
    /// them, so none is needed for the time a request takes to arrive; raise it for a Connector that counts late.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05")]
    public TimeSpan PacingMargin { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// The most sends in flight at once (each to a different conversation). The dispatcher keeps only as many as the
    /// tenant's rate needs for the time a send takes (<see cref="SendConcurrency"/>): each one in flight is a message a
    /// crash would send twice.
    /// </summary>
    [Range(1, 256)]
    public int MaxConcurrentSends { get; set; } = 16;

    /// <summary>Attempts before a message is given up (<see cref="OutboxStatus.GaveUp"/>).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>First wait after a 412, 502, 503 or 504; doubled on every further failure, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Pause of the whole tenant after a 429 without <c>Retry-After</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan ThrottledDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the outbox is read again without a wake-up signal (messages enqueued by another process).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Messages held in memory at once; the rest are read as these go.</summary>
    [Range(1, 1_000_000)]
    public int MaxLoaded { get; set; } = 10_000;

    /// <summary>How often a message waiting for a person's first message (no usable address yet) is looked at again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan WaitingRecheck { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a message may wait for a person's first message before it is given up.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan MaxWaitForAddress { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long an event for a webhook (an ERP) is retried, whatever the attempts, before it is given up.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan WebhookRetryFor { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Longest wait for a webhook's answer; then the attempt counts as failed and is retried.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Events posted to one webhook per second at most (one at a time, in order).</summary>
    [Range(1, 1000)]
    public int WebhookPerSecond { get; set; } = 20;

    /// <summary>Where to create a 1:1 chat when no conversation of the tenant is stored yet (conformance §2.5.4).</summary>
    [Required]
    public string FallbackServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";
}
