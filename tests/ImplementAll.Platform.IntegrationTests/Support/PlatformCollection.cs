namespace ImplementAll.Platform.IntegrationTests.Support;

/// <summary>One application for all integration tests: each test makes its own organisations and people, so they do not interfere.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "platform";
}
