using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ImplementAll.Platform.Web.Platform.Telemetry;

/// <summary>Traces, metrics and logs through OpenTelemetry; the exporter is chosen by configuration (none, console or OTLP).</summary>
public static class TelemetrySetup
{
    public const string ServiceName = "implementall-platform";

    public static void AddPlatformTelemetry(this WebApplicationBuilder builder)
    {
        var exporter = builder.Configuration["OpenTelemetry:Exporter"] ?? "None";
        if (builder.Configuration.GetValue("Logging:Json", false))
        {
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t => t.AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddSource("Microsoft.EntityFrameworkCore"))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentationIfPresent());

        switch (exporter.ToLowerInvariant())
        {
            case "console":
                telemetry.WithTracing(t => t.AddConsoleExporter()).WithMetrics(m => m.AddConsoleExporter());
                break;
            case "otlp":
            case "azuremonitor":
                // Azure Monitor ingests OTLP through the collector/agent configured by OTEL_EXPORTER_OTLP_ENDPOINT.
                telemetry.UseOtlpExporter();
                builder.Logging.AddOpenTelemetry(o => o.IncludeScopes = true);
                break;
        }
    }

    private static MeterProviderBuilder AddRuntimeInstrumentationIfPresent(this MeterProviderBuilder builder) =>
        builder.AddMeter("System.Runtime");
}
