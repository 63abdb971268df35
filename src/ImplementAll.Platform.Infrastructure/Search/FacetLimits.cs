using ImplementAll.Platform.Core.Search;

namespace ImplementAll.Platform.Infrastructure.Search;

/// <summary>
/// How many values each facet returns, the same in both adapters (Azure AI Search needs a <c>count:</c> per facet and
/// defaults to 10, which would silently hide countries). Sized above what the vocabularies hold.
/// </summary>
internal static class FacetLimits
{
    public static int For(string facet) => facet switch
    {
        PracticeFacets.Country => 100,
        PracticeFacets.Who => 100,
        _ => 50,
    };
}
