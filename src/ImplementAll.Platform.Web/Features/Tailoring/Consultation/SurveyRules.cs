using ImplementAll.Platform.Core.Tailoring;

namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

/// <summary>What each kind of survey asks, on which scale, and when it takes answers.</summary>
public static class SurveyRules
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int MaxProposals = 5;

    public static IReadOnlyList<RatingDimension> Dimensions(SurveyKind kind) => kind switch
    {
        SurveyKind.BarrierConsultation => [RatingDimension.Importance, RatingDimension.Changeability],
        SurveyKind.StrategyRating => [RatingDimension.Feasibility, RatingDimension.Acceptability],
        _ => [RatingDimension.Agreement],
    };

    /// <summary>NoMAD lets staff say an item does not apply to their work; stakeholders rate every barrier or strategy.</summary>
    public static bool AllowsNotRelevant(SurveyKind kind) => kind == SurveyKind.Normalisation;

    public static bool TakesProposals(SurveyKind kind) => kind == SurveyKind.BarrierConsultation;

    /// <summary>The words at both ends of a dimension's 1–5 scale.</summary>
    public static (string Low, string High) Anchors(RatingDimension dimension) => dimension switch
    {
        RatingDimension.Importance => ("not important", "very important"),
        RatingDimension.Changeability => ("hard to change", "easy to change"),
        RatingDimension.Feasibility => ("not feasible", "very feasible"),
        RatingDimension.Acceptability => ("not acceptable", "very acceptable"),
        _ => ("strongly disagree", "strongly agree"),
    };

    /// <summary>An open survey stops taking answers at its closing time even when nobody closed it.</summary>
    public static bool TakesAnswers(Survey survey, DateTime now) =>
        survey.Status == SurveyStatus.Open && (survey.ClosesAt is not { } closes || closes > now);

    public static bool IsClosed(Survey survey, DateTime now) =>
        survey.Status == SurveyStatus.Closed || (survey.Status == SurveyStatus.Open && !TakesAnswers(survey, now));
}
