using ImplementAll.Platform.Core.Results;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ImplementAll.Platform.Web.Features.Practices.Attachments;

/// <summary>An uploaded file, held in a temporary file that disappears when this is disposed.</summary>
public sealed class ReceivedFile(string? fileName, FileStream content) : IAsyncDisposable
{
    public string? FileName { get; } = fileName;
    public Stream Content => content;

    public ValueTask DisposeAsync() => content.DisposeAsync();
}

/// <summary>
/// Reads the <c>file</c> field of a multipart request straight from the request body into a temporary file, counting
/// the bytes as they arrive: the limit holds whatever Content-Length claims, also for chunked requests without one.
/// The form is not buffered by the framework first, so an oversized upload is refused at the first byte past the limit.
/// </summary>
public static class AttachmentUpload
{
    public const string Field = "file";

    // Room for the multipart boundaries and part headers around the file.
    private const long EnvelopeBytes = 64 * 1024;

    public static async Task<Outcome<ReceivedFile>> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return AttachmentProblems.UnsupportedMediaType($"Send the file as multipart/form-data, in a field named '{Field}'.");
        }

        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 70)
        {
            return Failure.Field(Field, "The multipart boundary is missing or too long.");
        }

        // A declared length over the limit is refused at once; a smaller one is not believed, only counted.
        if (request.ContentLength > maxBytes + EnvelopeBytes)
        {
            return AttachmentProblems.TooLarge(maxBytes);
        }

        // The server's own body limit (30 MB by default) must not cut in before ours, nor stay far above it.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = maxBytes + EnvelopeBytes;
        }

        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = maxBytes + EnvelopeBytes };
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.IsFileDisposition()
                    || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, Field, StringComparison.Ordinal))
                {
                    continue;
                }

                var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                return await CopyLimitedAsync(section.Body, fileName, maxBytes, cancellationToken);
            }
        }
        catch (InvalidDataException)
        {
            // The reader's own limit or a malformed part.
            return Failure.Field(Field, "The multipart request is malformed or its parts are too large.");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return AttachmentProblems.TooLarge(maxBytes);
        }
        // After the server's own limit, which throws an IOException of its own.
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failure.Field(Field, "The multipart request ended unexpectedly.");
        }

        return Failure.Field(Field, $"No file was sent: put it in a multipart field named '{Field}'.");
    }

    private static async Task<Outcome<ReceivedFile>> CopyLimitedAsync(Stream body, string? fileName, long maxBytes, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), "implementall-upload-" + Path.GetRandomFileName());
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    await file.DisposeAsync();
                    return AttachmentProblems.TooLarge(maxBytes);
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            if (total == 0)
            {
                await file.DisposeAsync();
                return Failure.Field(Field, "The file is empty.");
            }

            await file.FlushAsync(cancellationToken);
            file.Position = 0;
            return new ReceivedFile(fileName, file);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
