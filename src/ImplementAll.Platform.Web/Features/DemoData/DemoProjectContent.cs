using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Tailoring;

namespace ImplementAll.Platform.Web.Features.DemoData;

/// <summary>The demo project's first cycle: modules 1–3 done, module 4 under way.</summary>
internal static class DemoProjectContent
{
    public static void Add(PlatformDbContext db, TailoringProject project, (Guid Sanne, Guid Pieter, Guid Marie) who, DateOnly today, DateTime now)
    {
        var id = project.Id;
        db.Goals.AddRange(
            new ImplementationGoal { ProjectId = id, Cycle = 1, Text = "GPs refer patients with mild to moderate depression to online CBT", MeasurableTarget = "40% of eligible patients referred within 6 months", TargetDate = today.AddDays(110), OwnerUserId = who.Sanne },
            new ImplementationGoal { ProjectId = id, Cycle = 1, Text = "Practice nurses guide patients through the programme", MeasurableTarget = "80% of referred patients have a nurse check-in by week 3", OwnerUserId = who.Pieter });

        var time = Barrier(id, "GPs lack time to explain online CBT in a 10-minute consultation", "itfits-b4", "cfir09-14", 1, now);
        var doubt = Barrier(id, "GPs doubt that online CBT works for their patients", "itfits-b1", "cfir09-02", 2, now);
        var workflow = Barrier(id, "No referral route in the GP information system", "itfits-b5", null, 3, now);
        db.Barriers.AddRange(time, doubt, workflow,
            Barrier(id, "Patients worry about privacy of their answers", "itfits-b1", null, null, now),
            Barrier(id, "Reimbursement of nurse guidance is unclear", "itfits-b7", null, null, now));

        var materials = Strategy(id, workflow.Id, "eric-29", "itfits-s1", "Develop educational materials", "A one-page referral guide in the GP system.", now);
        var meetings = Strategy(id, doubt.Id, "eric-15", "itfits-s1", "Conduct educational meetings", "Two peer meetings with outcomes from our own region.", now);
        var champions = Strategy(id, time.Id, "eric-35", "itfits-s2", "Identify and prepare champions", "One practice nurse per practice takes the explaining over from the GP.", now);
        db.ProjectStrategies.AddRange(materials, meetings, champions);

        db.PlanActions.AddRange(
            Action(id, champions.Id, "Name a champion nurse in each of the 12 practices", who.Pieter, today.AddDays(-40), today.AddDays(-20), ActionStatus.Done, 100, now),
            Action(id, meetings.Id, "Hold the first peer meeting on outcomes for GPs", who.Sanne, today.AddDays(-21), today.AddDays(-4), ActionStatus.InProgress, 60, null),
            Action(id, materials.Id, "Publish the referral guide in the GP information system", who.Marie, today.AddDays(-10), today.AddDays(25), ActionStatus.InProgress, 30, null));

        var referrals = new SuccessIndicator { ProjectId = id, Cycle = 1, OutcomeId = "proctor-02", Name = "Eligible patients referred to online CBT", Unit = "%", Baseline = 8, Target = 40, OwnerUserId = who.Sanne };
        db.Indicators.Add(referrals);
        foreach (var (daysAgo, value) in new[] { (56, 8.0), (28, 14.0), (3, 23.0) })
        {
            db.IndicatorMeasurements.Add(new IndicatorMeasurement { ProjectId = id, IndicatorId = referrals.Id, Cycle = 1, MeasuredOn = today.AddDays(-daysAgo), Value = value, RecordedByUserId = who.Sanne, RecordedAt = now.AddDays(-daysAgo) });
        }

        foreach (var step in db.ChangeTracker.Entries<ProjectStep>().Select(e => e.Entity).Where(s => s.ProjectId == id && s.Module != ProjectModule.Apply))
        {
            step.CompletedAt = now.AddDays(-50 + ((int)step.Module * 10));
        }
    }

    private static ProjectBarrier Barrier(Guid projectId, string title, string theme, string? matching, int? priority, DateTime now) => new()
    {
        ProjectId = projectId, Cycle = 1, Title = title, ThemeId = theme, MatchingBarrierId = matching, Priority = priority, Origin = BarrierOrigin.Theme, CreatedAt = now,
    };

    private static ProjectStrategy Strategy(Guid projectId, Guid barrierId, string eric, string category, string title, string rationale, DateTime now) => new()
    {
        ProjectId = projectId, Cycle = 1, BarrierId = barrierId, EricStrategyId = eric, CategoryId = category, Title = title,
        Shortlisted = true, Selected = true, Rationale = rationale, CreatedAt = now,
    };

    private static PlanAction Action(Guid projectId, Guid strategyId, string what, Guid owner, DateOnly starts, DateOnly due, ActionStatus status, int percent, DateTime? completed) => new()
    {
        ProjectId = projectId, Cycle = 1, StrategyId = strategyId, What = what, OwnerUserId = owner, StartsOn = starts, DueOn = due,
        Status = status, PercentComplete = percent, CompletedAt = completed,
    };
}
