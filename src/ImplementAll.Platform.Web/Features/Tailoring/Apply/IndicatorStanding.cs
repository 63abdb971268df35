namespace ImplementAll.Platform.Web.Features.Tailoring.Apply;

public enum Standing
{
    NoData,
    OffTrack,
    OnTrack,
    Reached,
}

/// <summary>
/// Where an indicator's latest value stands against its target. Progress is the share of the way from baseline to
/// target that has been covered, (latest − baseline) / (target − baseline), which works for targets above or below the
/// baseline alike. "On track" means at least half the way (progress ≥ 0.5), "reached" the whole way (≥ 1); moving away
/// from the target gives a negative progress, which is off track. An indicator whose target equals its baseline is
/// about holding a level: reached while the latest value equals it, off track otherwise.
/// </summary>
public sealed record IndicatorStanding(double? Latest, DateOnly? MeasuredOn, double? Progress, Standing Standing)
{
    public const double OnTrackShare = 0.5;

    public static IndicatorStanding Of(double baseline, double target, (DateOnly On, double Value)? latest)
    {
        if (latest is not { } last)
        {
            return new IndicatorStanding(null, null, null, Standing.NoData);
        }

        if (target == baseline)
        {
            var held = last.Value == target;
            return new IndicatorStanding(last.Value, last.On, held ? 1 : 0, held ? Standing.Reached : Standing.OffTrack);
        }

        var progress = (last.Value - baseline) / (target - baseline);
        var standing = progress >= 1 ? Standing.Reached : progress >= OnTrackShare ? Standing.OnTrack : Standing.OffTrack;
        return new IndicatorStanding(last.Value, last.On, Math.Round(progress, 3), standing);
    }
}
