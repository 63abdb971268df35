using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ImplementAll.Platform.Web.Features.Tailoring.Design;

/// <summary>The plan as a Word document, with the sections of the printable page, for teams that edit or file it elsewhere.</summary>
public static class PlanDocx
{
    public static byte[] Write(PlanDocument plan, OutcomeList outcomes, IStringLocalizer text)
    {
        var project = plan.Project;
        var document = new WordDocument($"{text["Implementation plan"]}: {project.Title}");
        document.Title($"{text["Implementation plan"]}: {project.Title}");
        document.Text($"{project.InterventionName} · {project.Setting} · {text["Led by"]} {project.LeadOrganisation} · {text["Cycle"]} {project.CurrentCycle}"
            + $" · {Date(project.StartsOn)}{(project.EndsOn is { } end ? " – " + Date(end) : "")}");
        document.Text($"{text["Written on"]} {Date(plan.Today)}");

        Section(document, text["Module owners"], [text["Module"], text["Owner"], text["Due"], text["Done"]],
            project.Steps.Select(s => Row($"{(int)s.Module}. {text[s.Module.ToString()]}", s.OwnerName, Date(s.DueOn), s.CompletedAt is { } done ? Date(DateOnly.FromDateTime(done)) : "")), text);
        Section(document, text["Goals"], [text["Goal"], text["Measurable target"], text["Target date"], text["Owner"]],
            plan.Goals.Select(g => Row(g.Text, g.MeasurableTarget, Date(g.TargetDate), g.Owner)), text);
        Section(document, text["Prioritised barriers"], [text["Priority"], text["Barrier"], text["Description"]],
            plan.Barriers.Select(b => Row(b.Priority.ToString(CultureInfo.InvariantCulture), b.Title, b.Description)), text);
        Section(document, text["Selected strategies"], [text["Barrier"], text["Strategy"], text["Rationale"]],
            plan.Strategies.Select(s => Row(s.Barrier, s.EricStrategyId is { } eric ? $"{s.Title} ({eric})" : s.Title, s.Rationale)), text);

        document.Heading(text["Actions"]);
        if (plan.Actions.Count == 0)
        {
            document.Text(text["None yet."]);
        }

        foreach (var group in plan.ByStrategy())
        {
            document.Heading(group.Strategy?.Title ?? text["For the plan as a whole"], level: 2);
            document.Table([text["Action"], text["Owner"], text["Start"], text["Due"], text["Resources"], text["Stakeholders involved"], text["Status"]],
                group.Actions.Select(a => Row(a.What, a.Owner, Date(a.StartsOn), Date(a.DueOn) + (a.Overdue ? $" ({text["overdue"]})" : ""), a.Resources,
                    a.Stakeholders, text[a.Status.Label()])));
        }

        Section(document, text["Success indicators"], [text["Implementation outcome"], text["Indicator"], text["Unit"], text["Baseline"], text["Target"], text["Owner"]],
            plan.Indicators.Select(i => Row(i.Outcome, i.Name, i.Unit, Number(i.Baseline), Number(i.Target), i.Owner)), text);
        document.Text($"{text["Implementation outcomes"]}: {outcomes.Taxonomy}. {string.Join(" ", outcomes.Sources.Select(s => s.Citation))}");
        return document.ToBytes();
    }

    private static void Section(WordDocument document, string heading, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IStringLocalizer text)
    {
        document.Heading(heading);
        var list = rows.ToList();
        if (list.Count == 0)
        {
            document.Text(text["None yet."]);
            return;
        }

        document.Table(headers, list);
    }

    private static IReadOnlyList<string> Row(params string[] cells) => cells;

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.CurrentCulture);
}
