using System.Reflection;

namespace CreditBot.Ledger.Plugins;

/// <summary>
/// Loads the plugin assemblies of <c>Ledger:PluginsFolder</c> (<c>plugins/*.dll</c> or <c>plugins/&lt;name&gt;/&lt;name&gt;.dll</c>)
/// at start, each in its own <see cref="PluginLoadContext"/>, and registers every public <see cref="ILedgerSource"/>
/// with a parameterless constructor under its <see cref="ILedgerSource.Key"/>.
/// </summary>
public static class LedgerPlugins
{
    public static void Register(IServiceCollection services, string folder, LedgerSourceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(catalog);
        var root = Path.IsPathRooted(folder) ? folder : Path.Combine(AppContext.BaseDirectory, folder);
        if (!System.IO.Directory.Exists(root))
        {
            return;
        }

        var candidates = System.IO.Directory.GetFiles(root, "*.dll")
            .Concat(System.IO.Directory.GetDirectories(root).Select(d => Path.Combine(d, Path.GetFileName(d) + ".dll")).Where(File.Exists))
            .Order(StringComparer.Ordinal);
        foreach (var path in candidates)
        {
            try
            {
                var context = new PluginLoadContext(path);
                var assembly = context.LoadFromAssemblyPath(path);
                var sources = assembly.GetExportedTypes()
                    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ILedgerSource).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
                    .ToList();
                if (sources.Count == 0)
                {
                    catalog.Report(path, null, "no public ILedgerSource with a parameterless constructor");
                }

                foreach (var type in sources)
                {
                    var source = (ILedgerSource)Activator.CreateInstance(type)!;
                    var key = source.Key.ToLowerInvariant();
                    if (catalog.Contains(key))
                    {
                        catalog.Report(path, key, "the key is already taken");
                        continue;
                    }

                    services.AddKeyedSingleton(key, source);
                    catalog.Add(key);
                    catalog.Report(path, key, null);
                }
            }
            catch (Exception exception) when (exception is BadImageFormatException or FileLoadException or FileNotFoundException or ReflectionTypeLoadException or TypeLoadException or MissingMethodException or TargetInvocationException)
            {
                catalog.Report(path, null, exception.GetType().Name);
            }
        }
    }
}
