using ImplementAll.Platform.Web.Features.Reference;

namespace ImplementAll.Platform.Web.Features.Tailoring.Matching;

public static class MatchingServices
{
    /// <summary>The matcher and its sources are singletons: reference data is parsed once, the imported matrix cached until an import.</summary>
    public static IServiceCollection AddStrategyMatching(this IServiceCollection services)
    {
        services.AddSingleton<IEndorsementSource, StoredEndorsements>();
        services.AddSingleton(s =>
        {
            var catalogue = s.GetRequiredService<ReferenceCatalogue>();
            var path = BarrierThemeMap.DefaultPath(s.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
            return BarrierThemeMap.Load(path, catalogue, ToolBarriers.From(catalogue));
        });
        services.AddSingleton<StrategyMatcher>();
        services.AddSingleton(s => StrategyCategoryMap.Load(
            StrategyCategoryMap.DefaultPath(s.GetRequiredService<IWebHostEnvironment>().ContentRootPath),
            s.GetRequiredService<ReferenceCatalogue>(), s.GetRequiredService<StrategyMatcher>().Strategies));
        services.AddHostedService<StrategyCategoryCheck>();
        return services;
    }
}
