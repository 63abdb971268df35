namespace ImplementAll.Platform.AdapterTests.Support;

/// <summary>A clock the test moves, so expiry is checked without waiting.</summary>
internal sealed class ManualTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
