using CreditBot.Domain.Clients;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.Receivables;

namespace CreditBot.Answers;

/// <summary>
/// What the exposure card shows, computed by the caller: the client, <c>Exposure.Of</c>'s result, the client's
/// open items (for promises to pay and disputes), <c>PaymentBehaviour.Of</c> over its payments and its last
/// payment (null when none is known).
/// </summary>
public sealed record ExposureView(
    Client Client,
    ExposureResult Exposure,
    IReadOnlyList<OpenItem> OpenItems,
    PaymentBehaviour? Behaviour = null,
    Payment? LastPayment = null);
