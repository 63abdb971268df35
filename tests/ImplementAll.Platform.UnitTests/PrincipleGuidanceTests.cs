using ImplementAll.Platform.Web.Features.Reference;
using ImplementAll.Platform.Web.Features.Tailoring.Projects.Pages;

namespace ImplementAll.Platform.UnitTests;

public sealed class PrincipleGuidanceTests
{
    private static readonly Principles Guidance = new(new ReferenceCatalogue(
        Path.Combine(AppContext.BaseDirectory, "Features", "Reference", "Data"), []));

    [Fact]
    public void Every_ItFits_working_principle_is_shown_at_some_step_under_its_reference_name()
    {
        var shown = new[] { "Overview", "Identify", "Match", "Design", "Apply" }.SelectMany(Guidance.For).DistinctBy(p => p.Id).ToList();

        Assert.Equal(["itfits-p1", "itfits-p2", "itfits-p3", "itfits-p4", "itfits-p5", "itfits-p6"], shown.Select(p => p.Id).Order());
        Assert.Contains(Guidance.For("Identify"), p => p.Name == "Be focused");
        Assert.Contains(Guidance.For("Design"), p => p.Name == "Be organised");
        Assert.Contains(Guidance.For("Apply"), p => p.Name == "Be flexible");
        Assert.Empty(Guidance.For("Twinning"));
    }
}
