using Microsoft.Extensions.Options;

namespace CreditBot.OrderBlocks;

/// <summary>The checks of <see cref="OrderBlockOptions"/> whose message depends on the value (the webhook's URL and secret).</summary>
internal sealed class OrderBlockOptionsValidation : IValidateOptions<OrderBlockOptions>
{
    public ValidateOptionsResult Validate(string? name, OrderBlockOptions options) =>
        options.WebhookProblem is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
