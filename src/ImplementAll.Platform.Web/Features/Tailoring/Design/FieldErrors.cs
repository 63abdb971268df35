using ImplementAll.Platform.Core.Results;

namespace ImplementAll.Platform.Web.Features.Tailoring.Design;

/// <summary>Collects the findings of checks that need the database, so a form shows every problem at once rather than one per try.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> errors = [];

    public void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];

    public Failure? ToFailure() =>
        errors.Count == 0 ? null : new Failure(FailureKind.Invalid, "The request is not valid", "One or more fields are not valid.", errors);
}
