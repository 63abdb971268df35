using SkiaSharp;

namespace ImplementAll.Platform.Web.Features.Practices.Attachments;

/// <summary>Small PNG previews of image attachments, so pages need not load full-size photos or screenshots.</summary>
public static class AttachmentThumbnails
{
    public const int Width = 320;

    /// <summary>Null for anything that is not an image this build can decode; the attachment is kept without a preview.</summary>
    public static byte[]? Create(Stream content, string contentType)
    {
        if (!contentType.StartsWith("image/", StringComparison.Ordinal))
        {
            return null;
        }

        // Decoded from a copy: SkiaSharp's stream wrapper may dispose the stream it is given, and the upload is still needed.
        var bytes = new byte[content.Length];
        content.Position = 0;
        content.ReadExactly(bytes);
        content.Position = 0;
        using var original = SKBitmap.Decode(bytes);
        if (original is null || original.Width == 0 || original.Height == 0)
        {
            return null;
        }

        var width = Math.Min(Width, original.Width);
        var height = Math.Max(1, (int)Math.Round(original.Height * (double)width / original.Width));
        using var resized = original.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var image = SKImage.FromBitmap(resized);
        using var png = image.Encode(SKEncodedImageFormat.Png, 90);
        return png.ToArray();
    }

    public static string FileName(string original) => Path.GetFileNameWithoutExtension(original) + "-thumbnail.png";
}
