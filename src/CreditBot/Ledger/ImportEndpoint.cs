using System.Globalization;
using CreditBot.MachineAccess;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CreditBot.Ledger;

/// <summary>
/// <c>POST /api/imports/{source}?asOf=yyyy-MM-dd&amp;dryRun=true&amp;currency=USD</c> for administrators: a raw body (one ledger
/// file) or multipart parts (ledger files; parts named <c>clients</c>, <c>orders</c>, <c>items</c> for the other
/// files). Administrators only, through <see cref="MachineAccessFilter"/>: an API key header whose SHA-256 is
/// <c>Imports:ApiKeySha256</c>, or an Entra token with <c>Imports:AdminRole</c>; with neither configured the endpoint
/// is closed. Answers the
/// <see cref="ImportReport"/>: 200, or 422 when the import failed.
/// </summary>
public static class ImportEndpoint
{
    public static IEndpointRouteBuilder MapLedgerImports(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/imports/{source}", HandleAsync).RequireMachineCaller(AdministratorsPolicy);
        return app;
    }

    /// <summary>Administrators: the import API key, or an Entra token with the admin role.</summary>
    public static MachineAccessPolicy AdministratorsPolicy(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<ImportOptions>>().Value;
        return new MachineAccessPolicy("imports", settings.ApiKeyHeader, settings.ApiKeySha256, settings.AdminRole);
    }

    private static async Task<IResult> HandleAsync(
        string source,
        HttpContext http,
        LedgerImporter importer,
        IOptions<ImportOptions> options,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var logger = loggers.CreateLogger(typeof(ImportEndpoint).FullName!);
        DateOnly? asOf = null;
        if (http.Request.Query["asOf"] is { Count: > 0 } asOfText)
        {
            if (!DateOnly.TryParseExact(asOfText.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return Results.Problem(statusCode: 400, detail: "asOf must be a date yyyy-MM-dd");
            }

            asOf = parsed;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = settings.MaxUploadMegabytes * 1024L * 1024L;
        }

        var folder = Path.Combine(Path.GetTempPath(), $"creditbot-upload-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(folder);
        try
        {
            var ledger = new List<LedgerInput>();
            LedgerInput? clients = null, orders = null, items = null;
            if (http.Request.HasFormContentType)
            {
                IFormCollection form;
                try
                {
                    form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = settings.MaxUploadMegabytes * 1024L * 1024L }, cancellationToken);
                }
                catch (Exception exception) when (exception is InvalidDataException or IOException && !cancellationToken.IsCancellationRequested)
                {
                    // No boundary, a truncated part, a bad part header: the sender's upload is malformed, not our failure.
                    logger.MalformedUpload(exception.GetType().Name);
                    return Results.Problem(statusCode: 400, title: "Malformed multipart/form-data upload", detail: exception.Message);
                }

                var index = 0;
                foreach (var file in form.Files)
                {
                    var path = Path.Combine(folder, $"{index++:000}.upload");
                    await using (var target = File.Create(path))
                    {
                        await file.CopyToAsync(target, cancellationToken);
                    }

                    var input = LedgerInput.FromFile(path) with { Name = Path.GetFileName(file.FileName is { Length: > 0 } n ? n : file.Name) };
                    switch (file.Name.ToLowerInvariant())
                    {
                        case "clients": clients = input; break;
                        case "orders": orders = input; break;
                        case "items": items = input; break;
                        default: ledger.Add(input); break;
                    }
                }
            }
            else
            {
                var path = Path.Combine(folder, "body.upload");
                await using (var target = File.Create(path))
                {
                    await http.Request.Body.CopyToAsync(target, cancellationToken);
                }

                ledger.Add(LedgerInput.FromFile(path) with { Name = http.Request.Query["name"] is { Count: > 0 } name ? Path.GetFileName(name.ToString()) : "upload" });
            }

            var report = await importer.ImportAsync(new ImportRequest(source, ledger)
            {
                ClientMaster = clients,
                Orders = orders,
                ItemStatus = items,
                AsOf = asOf,
                Currency = http.Request.Query["currency"] is { Count: > 0 } currency ? currency.ToString() : null,
                DryRun = http.Request.Query["dryRun"] is { Count: > 0 } dry && bool.TryParse(dry.ToString(), out var isDry) && isDry,
                RequestedBy = http.Features.Get<MachineCaller>()?.ToString() ?? MachineCaller.ApiKeyKind,
            }, cancellationToken);
            return Results.Json(report, LedgerCommands.ReportJson, statusCode: report.Succeeded ? 200 : 422);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}
