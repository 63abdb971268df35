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
        if (builder.Configuration.GetValue("Logging:Json", false))
        {
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        var exporter = (builder.Configuration["OpenTelemetry:Exporter"] ?? "None").ToLowerInvariant();
        if (exporter is not ("console" or "otlp" or "azuremonitor"))
        {
            // Without an exporter nothing reads spans or metrics, so requests do not record them at all.
            return;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t => t.AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddSource("Microsoft.EntityFrameworkCore"))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentationIfPresent());

        if (exporter == "console")
        {
            telemetry.WithTracing(t => t.AddConsoleExporter()).WithMetrics(m => m.AddConsoleExporter());
            return;
        }

        // Azure Monitor ingests OTLP through the collector/agent configured by OTEL_EXPORTER_OTLP_ENDPOINT.
        telemetry.UseOtlpExporter();
        builder.Logging.AddOpenTelemetry(o => o.IncludeScopes = true);
    }

    private static MeterProviderBuilder AddRuntimeInstrumentationIfPresent(this MeterProviderBuilder builder) =>
        builder.AddMeter("System.Runtime");
}
