using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace CreditBot.Users;

/// <summary>Picks the directory: Microsoft Graph when <c>Graph:Enabled</c>, else the configured people only.</summary>
public static class UserDirectories
{
    /// <summary>The <c>Graph</c> section, checked at start: a bad setting stops the start with the key's name.</summary>
    public static IServiceCollection AddGraphOptions(this IServiceCollection services)
    {
        services.AddOptions<GraphOptions>()
            .BindConfiguration(GraphOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out _), "Graph:BaseUrl is not an absolute URL.")
            .Validate(o => o.RoleGroups.All(g => Guid.TryParse(g.GroupId, out _)), "Graph:RoleGroups entries need a GroupId that is a GUID.")
            .Validate(
                o => !o.Enabled || !string.IsNullOrWhiteSpace(o.ManagedIdentityClientId) || o.UseManagedIdentity
                    || (!string.IsNullOrWhiteSpace(o.TenantId) && !string.IsNullOrWhiteSpace(o.ClientId) && !string.IsNullOrWhiteSpace(o.ClientSecret)),
                "Graph:Enabled needs Graph:ManagedIdentityClientId, Graph:UseManagedIdentity, or Graph:TenantId, Graph:ClientId and the secret Graph__ClientSecret.")
            .ValidateOnStart();
        return services;
    }

    public static IUserDirectory Create(IServiceProvider services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var graph = services.GetRequiredService<IOptions<GraphOptions>>();
        if (!graph.Value.Enabled)
        {
            return new ConfiguredUserDirectory(services.GetRequiredService<IOptions<PeopleOptions>>());
        }

        return new GraphUserDirectory(
            CreateClient(graph.Value, Credential(graph.Value)),
            graph,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<GraphUserDirectory>>());
    }

    /// <summary>
    /// The Graph SDK client on <see cref="GraphOptions.BaseUrl"/>, with the SDK's middleware except its retry handler:
    /// a 429 comes back at once as an outcome, and the caller (the outbox) decides when to try again.
    /// </summary>
    public static GraphServiceClient CreateClient(GraphOptions options, TokenCredential credential, HttpMessageHandler? finalHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseUrl = new Uri(options.BaseUrl.TrimEnd('/'));
        var handlers = GraphClientFactory.CreateDefaultHandlers().Where(h => h is not RetryHandler).ToList();
        var http = GraphClientFactory.Create(handlers, finalHandler: finalHandler);
        var authentication = new AzureIdentityAuthenticationProvider(credential, [baseUrl.Host], null, true, "https://graph.microsoft.com/.default");
        return new GraphServiceClient(http, authentication, baseUrl.ToString());
    }

    private static TokenCredential Credential(GraphOptions graph) =>
        !string.IsNullOrWhiteSpace(graph.ManagedIdentityClientId) ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(graph.ManagedIdentityClientId))
        : graph.UseManagedIdentity ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
        : new ClientSecretCredential(graph.TenantId, graph.ClientId, graph.ClientSecret);
}
