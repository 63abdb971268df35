using System.ComponentModel.DataAnnotations;

namespace ImplementAll.Platform.Core.Results;

/// <summary>
/// What a use case returns: a value, or a failure that the API turns into problem details and a page turns into
/// messages beside its fields. Failures are expected outcomes, so they are values rather than exceptions.
/// </summary>
public sealed class Outcome<T>
{
    private Outcome(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }
    public Failure? Failure { get; }
    public bool Succeeded => Failure is null;

    public static Outcome<T> Success(T value) => new(value, null);

    public static implicit operator Outcome<T>(T value) => Success(value);
    public static implicit operator Outcome<T>(Failure failure) => new(default, failure);
}

public enum FailureKind
{
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
}

public sealed record Failure(FailureKind Kind, string Title, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static Failure NotFound(string what) => new(FailureKind.NotFound, "Not found", $"{what} was not found.");

    public static Failure Conflict(string title, string detail) => new(FailureKind.Conflict, title, detail);

    public static Failure Forbidden(string detail) => new(FailureKind.Forbidden, "Not allowed", detail);

    public static Failure Invalid(string title, string detail) => new(FailureKind.Invalid, title, detail);

    public static Failure Field(string field, string message) =>
        new(FailureKind.Invalid, "The request is not valid", message, new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>Checks data annotations, so the same rules apply whether a request came from a form or from the API.</summary>
    public static Failure? Validate(object request)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
        {
            return null;
        }

        var errors = results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: m, r.ErrorMessage)))
            .GroupBy(e => e.Member)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "Invalid value.").ToArray());
        return new Failure(FailureKind.Invalid, "The request is not valid", "One or more fields are not valid.", errors);
    }
}

/// <summary>The value of a use case that returns nothing.</summary>
public readonly record struct Done;
