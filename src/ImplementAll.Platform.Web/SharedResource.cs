namespace ImplementAll.Platform.Web;

/// <summary>Anchor type for the shell's translations in Resources/SharedResource.*.resx; English text is the key.</summary>
public sealed class SharedResource;
