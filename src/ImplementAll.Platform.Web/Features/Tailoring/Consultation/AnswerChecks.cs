using ImplementAll.Platform.Core.Results;
using ImplementAll.Platform.Core.Tailoring;

namespace ImplementAll.Platform.Web.Features.Tailoring.Consultation;

/// <summary>
/// Checks a respondent's answers against the survey before anything is written: exactly one answer for each item and
/// dimension, scores 1–5 ("not relevant" only where the survey allows it), lengths, and at most five proposals.
/// Field names follow the form (<c>Answers[3].Score</c>), so the page shows each message beside its question.
/// </summary>
public static class AnswerChecks
{
    public static Failure? Check(SurveyKind kind, IReadOnlyList<SurveyItem> items, AnswersInput input)
    {
        var errors = new Dictionary<string, string[]>();
        var dimensions = SurveyRules.Dimensions(kind);
        var itemIds = items.Select(i => i.Id).ToHashSet();
        var seen = new HashSet<(Guid, RatingDimension)>();
        for (var k = 0; k < input.Answers.Count; k++)
        {
            var answer = input.Answers[k];
            if (answer.ItemId is not { } itemId || !itemIds.Contains(itemId) || answer.Dimension is not { } dimension || !dimensions.Contains(dimension))
            {
                errors[$"Answers[{k}].ItemId"] = ["This question is not part of the survey."];
            }
            else if (!seen.Add((itemId, dimension)))
            {
                errors[$"Answers[{k}].ItemId"] = ["This question was answered twice."];
            }
            else if (Score(kind, answer) is { } problem)
            {
                errors[$"Answers[{k}].Score"] = [problem];
            }
            else if (answer.Comment?.Length > ProjectLimits.ShortTextLength)
            {
                errors[$"Answers[{k}].Comment"] = ["A comment can be at most 1000 characters."];
            }
        }

        var missing = items.SelectMany(i => dimensions.Where(d => !seen.Contains((i.Id, d))).Select(d => $"question {i.Order} ({d.ToString().ToLowerInvariant()})")).ToList();
        if (missing.Count > 0)
        {
            errors["Answers"] = [$"Answer every question; missing: {string.Join(", ", missing)}."];
        }

        if (input.Comment?.Length > ProjectLimits.TextLength)
        {
            errors["Comment"] = ["The comment can be at most 4000 characters."];
        }

        CheckProposals(kind, input, errors);
        return errors.Count == 0 ? null : new Failure(FailureKind.Invalid, "The answers are not complete", "Some answers need your attention.", errors);
    }

    /// <summary>The proposals a respondent filled in; rows left empty on the form are not proposals.</summary>
    public static IEnumerable<ProposalInput> Proposals(AnswersInput input) =>
        input.Proposals.Where(p => !string.IsNullOrWhiteSpace(p.Title) || !string.IsNullOrWhiteSpace(p.Description));

    private static string? Score(SurveyKind kind, AnswerInput answer)
    {
        if (answer.NotRelevant)
        {
            return !SurveyRules.AllowsNotRelevant(kind) ? "Choose a score from 1 to 5."
                : answer.Score is not null ? "Choose a score or \"not relevant\", not both."
                : null;
        }

        return answer.Score is not { } score ? "Choose a score from 1 to 5."
            : score is < SurveyRules.MinScore or > SurveyRules.MaxScore ? $"The score must be from 1 to 5; {score} is outside the scale."
            : null;
    }

    private static void CheckProposals(SurveyKind kind, AnswersInput input, Dictionary<string, string[]> errors)
    {
        var proposals = Proposals(input).ToList();
        if (proposals.Count > 0 && !SurveyRules.TakesProposals(kind))
        {
            errors["Proposals"] = ["This survey does not take proposals."];
            return;
        }

        if (proposals.Count > SurveyRules.MaxProposals)
        {
            errors["Proposals"] = [$"Propose at most {SurveyRules.MaxProposals} barriers."];
            return;
        }

        for (var k = 0; k < input.Proposals.Count; k++)
        {
            var proposal = input.Proposals[k];
            if (string.IsNullOrWhiteSpace(proposal.Title) && !string.IsNullOrWhiteSpace(proposal.Description))
            {
                errors[$"Proposals[{k}].Title"] = ["Give the barrier you propose a short title."];
            }
            else if (proposal.Title?.Trim().Length > ProjectLimits.TitleLength || proposal.Description?.Trim().Length > ProjectLimits.ShortTextLength)
            {
                errors[$"Proposals[{k}].Title"] = ["A proposal's title can be at most 200 characters and its description 1000."];
            }
        }
    }
}
