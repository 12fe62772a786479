using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace CreditBot.Users;

/// <summary>Picks the directory: Microsoft Graph when <c>Graph:Enabled</c>, else the configured people only.</summary>
public static class UserDirectories
{
    public static IUserDirectory Create(IServiceProvider services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var graph = services.GetRequiredService<IOptions<GraphOptions>>().Value;
        if (!graph.Enabled)
        {
            return new ConfiguredUserDirectory(services.GetRequiredService<IOptions<PeopleOptions>>());
        }

        TokenCredential credential = graph.UseManagedIdentity
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ClientSecretCredential(
                graph.TenantId ?? throw new OptionsValidationException(GraphOptions.SectionName, typeof(GraphOptions), ["Graph:TenantId is required when Graph:Enabled is true."]),
                graph.ClientId ?? throw new OptionsValidationException(GraphOptions.SectionName, typeof(GraphOptions), ["Graph:ClientId is required when Graph:Enabled is true."]),
                graph.ClientSecret ?? throw new OptionsValidationException(GraphOptions.SectionName, typeof(GraphOptions), ["Graph:ClientSecret (environment Graph__ClientSecret) is required, or Graph:UseManagedIdentity."]));
        return new GraphUserDirectory(new GraphServiceClient(credential));
    }
}
