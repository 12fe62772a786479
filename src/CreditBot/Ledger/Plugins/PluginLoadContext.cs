using System.Reflection;
using System.Runtime.Loader;

namespace CreditBot.Ledger.Plugins;

/// <summary>
/// The load context of one plugin: its own dependencies from its folder, but the contract (creditbot,
/// CreditBot.Domain) and the framework come from the host, so its <see cref="ILedgerSource"/> is ours.
/// </summary>
internal sealed class PluginLoadContext(string pluginPath) : AssemblyLoadContext(name: Path.GetFileNameWithoutExtension(pluginPath))
{
    private static readonly HashSet<string> Shared = new(StringComparer.OrdinalIgnoreCase)
    {
        typeof(ILedgerSource).Assembly.GetName().Name!,
        typeof(CreditBot.Domain.Money).Assembly.GetName().Name!,
    };

    private readonly AssemblyDependencyResolver _resolver = new(pluginPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is { } name && (Shared.Contains(name) || IsLoadedByHost(assemblyName)))
        {
            return null;
        }

        return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;

    private static bool IsLoadedByHost(AssemblyName name) =>
        Default.Assemblies.Any(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name));
}
