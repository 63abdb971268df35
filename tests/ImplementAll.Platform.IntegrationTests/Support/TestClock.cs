namespace ImplementAll.Platform.IntegrationTests.Support;

/// <summary>A clock the tests move forward, to reach expiry without waiting.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
