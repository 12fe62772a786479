using CreditBot.BotFramework;

namespace CreditBot.Bot;

/// <summary>
/// What a card action answers. <see cref="Response"/> is what the actor sees (the invoke response);
/// <see cref="ReplacesCard"/>, when set, replaces the clicked card's message for everyone (a PUT, conformance §3.8).
/// For the <c>Action.Submit</c> fallback the router delivers one of them, never both: the replacement when there is
/// one and the clicked message is known, otherwise the response as a reply.
/// </summary>
public sealed record CardActionAnswer(InvokeResponse Response, Activity? ReplacesCard = null);
