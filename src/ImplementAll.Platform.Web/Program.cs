using ImplementAll.Platform.Web.Platform.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
var app = builder.Build();

if (args.Contains("migrate"))
{
    return await app.MigrateAsync();
}

await app.PrepareEmbeddedDatabaseAsync();
if (args.Contains("reindex"))
{
    return await app.ReindexAsync();
}

await app.PrepareSearchIndexAsync();
app.UsePlatform();
await app.RunAsync();
return 0;

/// <summary>Public so that test hosts (WebApplicationFactory) can start the real application.</summary>
public partial class Program;
