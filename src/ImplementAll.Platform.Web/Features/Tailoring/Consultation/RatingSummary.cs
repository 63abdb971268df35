namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

/// <summary>
/// How a group of Likert answers came out. <see cref="StandardDeviation"/> is the sample standard deviation (n − 1),
/// empty below two answers. <see cref="Agreement"/> is the share of answers within one point of the median (the mean
/// of the middle two for an even count): 1 when everyone is within a point of the middle, lower as opinions split.
/// </summary>
public sealed record RatingSummary(int N, double? Mean, double? StandardDeviation, double? Agreement)
{
    public static readonly RatingSummary None = new(0, null, null, null);

    public static RatingSummary Of(IReadOnlyCollection<int> scores)
    {
        if (scores.Count == 0)
        {
            return None;
        }

        var mean = scores.Average();
        double? sd = scores.Count < 2 ? null : Math.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / (scores.Count - 1));
        var sorted = scores.Order().ToList();
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        var agreement = (double)sorted.Count(s => Math.Abs(s - median) <= 1) / sorted.Count;
        return new RatingSummary(scores.Count, mean, sd, agreement);
    }
}
