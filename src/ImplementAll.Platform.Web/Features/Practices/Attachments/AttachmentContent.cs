using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ImplementAll.Platform.Web.Features.Practices.Attachments;

/// <summary>A kind of file the platform accepts, with the content type and extension it is stored and served under.</summary>
public sealed record AttachmentType(string ContentType, string Extension, string Label);

public static class AttachmentTypes
{
    public static readonly AttachmentType Pdf = new("application/pdf", ".pdf", "PDF");
    public static readonly AttachmentType Png = new("image/png", ".png", "PNG image");
    public static readonly AttachmentType Jpeg = new("image/jpeg", ".jpg", "JPEG image");
    public static readonly AttachmentType Gif = new("image/gif", ".gif", "GIF image");
    public static readonly AttachmentType WebP = new("image/webp", ".webp", "WebP image");
    public static readonly AttachmentType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word document");
    public static readonly AttachmentType Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", "Excel workbook");
    public static readonly AttachmentType Pptx = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx", "PowerPoint presentation");
    public static readonly AttachmentType Doc = new("application/msword", ".doc", "Word document");
    public static readonly AttachmentType Xls = new("application/vnd.ms-excel", ".xls", "Excel workbook");
    public static readonly AttachmentType Ppt = new("application/vnd.ms-powerpoint", ".ppt", "PowerPoint presentation");

    /// <summary>OpenDocument files name their kind in their first entry, <c>mimetype</c>; these are the kinds accepted.</summary>
    public static readonly IReadOnlyDictionary<string, AttachmentType> OpenDocument = new[]
    {
        new AttachmentType("application/vnd.oasis.opendocument.text", ".odt", "OpenDocument text"),
        new AttachmentType("application/vnd.oasis.opendocument.text-template", ".ott", "OpenDocument text"),
        new AttachmentType("application/vnd.oasis.opendocument.spreadsheet", ".ods", "OpenDocument spreadsheet"),
        new AttachmentType("application/vnd.oasis.opendocument.spreadsheet-template", ".ots", "OpenDocument spreadsheet"),
        new AttachmentType("application/vnd.oasis.opendocument.presentation", ".odp", "OpenDocument presentation"),
        new AttachmentType("application/vnd.oasis.opendocument.presentation-template", ".otp", "OpenDocument presentation"),
        new AttachmentType("application/vnd.oasis.opendocument.graphics", ".odg", "OpenDocument drawing"),
        new AttachmentType("application/vnd.oasis.opendocument.graphics-template", ".otg", "OpenDocument drawing"),
    }.ToDictionary(t => t.ContentType, StringComparer.Ordinal);

    private static readonly IReadOnlyDictionary<string, AttachmentType> ByContentType =
        new[] { Pdf, Png, Jpeg, Gif, WebP, Docx, Xlsx, Pptx, Doc, Xls, Ppt }.Concat(OpenDocument.Values)
            .ToDictionary(t => t.ContentType, StringComparer.OrdinalIgnoreCase);

    /// <summary>A person's word for a stored content type ("PDF", "Word document").</summary>
    public static string LabelFor(string contentType) => ByContentType.TryGetValue(contentType, out var type) ? type.Label : "File";

    public const string Accepted = "PDF; PNG, JPEG, GIF and WebP images; Word, Excel and PowerPoint files; OpenDocument text, spreadsheets, presentations and drawings";
}

public enum SniffVerdict
{
    Accepted,
    /// <summary>Well formed, but not a kind the platform accepts (HTML, a program, a plain ZIP archive...): 415.</summary>
    Unsupported,
    /// <summary>Starts as an accepted kind but is cut short or broken: 400.</summary>
    Damaged,
}

public sealed record Sniffed(SniffVerdict Verdict, AttachmentType? Type, string Detail)
{
    public static Sniffed Accept(AttachmentType type) => new(SniffVerdict.Accepted, type, type.Label);
}

/// <summary>
/// Decides what a file is from its bytes alone: the magic number at the start, then enough of the structure to tell a
/// complete file from a cut-off one and an Office document from any other ZIP or compound file. The file name and the
/// type the client declared are never consulted, so a script called <c>report.pdf</c> stays a script.
/// Reads only headers, tails and directories, so its cost does not grow with what a ZIP would decompress to.
/// </summary>
public static class AttachmentContent
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PdfEnd = "%%EOF"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] JpegEnd = [0xFF, 0xD9];
    private static readonly byte[] Gif87 = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89 = "GIF89a"u8.ToArray();
    private static readonly byte[] Riff = "RIFF"u8.ToArray();
    private static readonly byte[] WebPMagic = "WEBP"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[][] Signatures = [PdfMagic, PngMagic, JpegMagic, Gif87, Gif89, Riff, ZipMagic, OleMagic];

    // Trailers are looked for this far from the end, as writers may add a little after them (a newline, padding).
    private const int TailLength = 1024;

    /// <param name="content">A seekable stream holding the whole upload; its position is left anywhere.</param>
    public static Sniffed Sniff(Stream content)
    {
        var length = content.Length;
        if (length == 0)
        {
            return Damaged("The file is empty.");
        }

        var head = ReadAt(content, 0, (int)Math.Min(length, 16));
        try
        {
            if (head.StartsWith(PdfMagic))
            {
                return Pdf(content);
            }

            if (head.StartsWith(PngMagic))
            {
                return Png(content);
            }

            if (head.StartsWith(JpegMagic))
            {
                return Jpeg(content);
            }

            if (head.StartsWith(Gif87) || head.StartsWith(Gif89))
            {
                return Gif(content);
            }

            if (head.StartsWith(Riff) && head.Length >= 12 && head.AsSpan(8, 4).SequenceEqual(WebPMagic))
            {
                return WebP(content);
            }

            if (head.StartsWith(ZipMagic))
            {
                return Zip(content);
            }

            if (head.StartsWith(OleMagic))
            {
                return CompoundFile(content);
            }
        }
        catch (EndOfStreamException)
        {
            return Damaged("The file ends in the middle of its structure; it was probably cut off while uploading or saving.");
        }

        if (head.Length < 8 && Signatures.Any(s => s.AsSpan().StartsWith(head)))
        {
            return Damaged("The file ends before its header does; it was probably cut off while uploading or saving.");
        }

        return new Sniffed(SniffVerdict.Unsupported, null,
            $"The content of this file{LooksLike(head)} is not of a kind that can be attached. Accepted are: {AttachmentTypes.Accepted}. " +
            "The kind is read from the content itself, not from the file name or the declared type.");
    }

    private static Sniffed Pdf(Stream content) =>
        Tail(content).AsSpan().IndexOf(PdfEnd) >= 0
            ? Sniffed.Accept(AttachmentTypes.Pdf)
            : Damaged("The PDF has no end-of-file marker; it was probably cut off while uploading or saving.");

    // A PNG is a chain of length-prefixed chunks from IHDR to IEND; walking the lengths finds a cut-off file without decoding it.
    private static Sniffed Png(Stream content)
    {
        var length = content.Length;
        long position = PngMagic.Length;
        var first = true;
        Span<byte> header = stackalloc byte[8];
        while (true)
        {
            if (position + 12 > length)
            {
                return Damaged("The PNG image ends before its last part; it was probably cut off while uploading or saving.");
            }

            content.Position = position;
            content.ReadExactly(header);
            var chunkLength = BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = header[4..];
            if (first && !type.SequenceEqual("IHDR"u8))
            {
                return Damaged("The file starts like a PNG image but is not one.");
            }

            position += 12L + chunkLength;
            if (position > length)
            {
                return Damaged("The PNG image ends before its last part; it was probably cut off while uploading or saving.");
            }

            if (type.SequenceEqual("IEND"u8))
            {
                return Sniffed.Accept(AttachmentTypes.Png);
            }

            first = false;
        }
    }

    // Inside the compressed data every 0xFF is followed by 0x00 or a restart marker, so FF D9 near the end can only be the end marker.
    private static Sniffed Jpeg(Stream content) =>
        content.Length >= 4 && Tail(content).AsSpan().IndexOf(JpegEnd) >= 0
            ? Sniffed.Accept(AttachmentTypes.Jpeg)
            : Damaged("The JPEG image has no end marker; it was probably cut off while uploading or saving.");

    private static Sniffed Gif(Stream content)
    {
        var tail = Tail(content).AsSpan().TrimEnd((byte)0);
        return content.Length >= 14 && tail.Length > 0 && tail[^1] == 0x3B
            ? Sniffed.Accept(AttachmentTypes.Gif)
            : Damaged("The GIF image has no trailer; it was probably cut off while uploading or saving.");
    }

    private static Sniffed WebP(Stream content)
    {
        if (content.Length < 20)
        {
            return Damaged("The WebP image ends before its first part; it was probably cut off while uploading or saving.");
        }

        var header = ReadAt(content, 0, 16);
        var declared = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4, 4)) + 8L;
        var chunk = Encoding.ASCII.GetString(header, 12, 4);
        if (chunk is not ("VP8 " or "VP8L" or "VP8X"))
        {
            return Damaged("The file starts like a WebP image but is not one.");
        }

        return content.Length >= declared
            ? Sniffed.Accept(AttachmentTypes.WebP)
            : Damaged("The WebP image is shorter than its header says; it was probably cut off while uploading or saving.");
    }

    /// <summary>
    /// Office Open XML and OpenDocument files are ZIP archives; which one (if any) is told by the entries, read from the
    /// central directory at the end of the archive, so a cut-off archive does not open at all.
    /// </summary>
    private static Sniffed Zip(Stream content)
    {
        try
        {
            content.Position = 0;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);

            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                var kind = ReadSmallEntry(mimetype).Trim();
                if (AttachmentTypes.OpenDocument.TryGetValue(kind, out var odf))
                {
                    return Sniffed.Accept(odf);
                }

                if (kind.StartsWith("application/vnd.oasis.opendocument.", StringComparison.Ordinal))
                {
                    return new Sniffed(SniffVerdict.Unsupported, null,
                        $"This OpenDocument file ({kind}) is not of a kind that can be attached. Accepted are: {AttachmentTypes.Accepted}.");
                }
            }

            if (zip.GetEntry("[Content_Types].xml") is not null)
            {
                var names = zip.Entries.Select(e => e.FullName).ToList();
                if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)))
                {
                    return Sniffed.Accept(AttachmentTypes.Docx);
                }

                if (names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)))
                {
                    return Sniffed.Accept(AttachmentTypes.Xlsx);
                }

                if (names.Any(n => n.StartsWith("ppt/", StringComparison.Ordinal)))
                {
                    return Sniffed.Accept(AttachmentTypes.Pptx);
                }
            }

            return new Sniffed(SniffVerdict.Unsupported, null,
                $"This is a ZIP archive but not a Word, Excel, PowerPoint or OpenDocument file. Accepted are: {AttachmentTypes.Accepted}.");
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return Damaged("The file starts like a ZIP-based document but cannot be opened; it was probably cut off while uploading or saving.");
        }
    }

    private static string ReadSmallEntry(ZipArchiveEntry entry)
    {
        if (entry.Length > 200)
        {
            return "";
        }

        using var stream = entry.Open();
        var buffer = new byte[200];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Encoding.ASCII.GetString(buffer, 0, read);
    }

    /// <summary>
    /// Legacy Word, Excel and PowerPoint files are compound files (a small FAT file system); so are installers and
    /// Outlook messages. The directory tells them apart: Word keeps a <c>WordDocument</c> stream, Excel a
    /// <c>Workbook</c> (or <c>Book</c>), PowerPoint a <c>PowerPoint Document</c>. Every sector the allocation table
    /// uses must lie inside the file, which finds a cut-off file.
    /// </summary>
    private static Sniffed CompoundFile(Stream content)
    {
        const uint free = 0xFFFFFFFF, endOfChain = 0xFFFFFFFE;
        var length = content.Length;
        var broken = Damaged("The file starts like a Word, Excel or PowerPoint 97-2003 file but is cut off or broken.");
        if (length < 512)
        {
            return broken;
        }

        var header = ReadAt(content, 0, 512);
        var shift = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(30));
        if (BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28)) != 0xFFFE || shift is not (9 or 12))
        {
            return broken;
        }

        var sectorSize = 1 << shift;
        var perSector = sectorSize / 4;
        var sectorsInFile = length / sectorSize;
        var fatCount = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(44));
        var firstDirectory = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(48));
        var difat = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(68));
        // Each table sector maps perSector sectors; more table sectors than the file could need means a broken header.
        if (fatCount == 0 || fatCount > sectorsInFile / perSector + 2)
        {
            return broken;
        }

        byte[]? Sector(uint id) =>
            (id + 1L) * sectorSize + sectorSize <= length ? ReadAt(content, (id + 1L) * sectorSize, sectorSize) : null;

        var fatSectors = new List<uint>();
        for (var i = 0; i < 109 && fatSectors.Count < fatCount; i++)
        {
            fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(76 + 4 * i)));
        }

        for (var hops = 0; fatSectors.Count < fatCount; hops++)
        {
            if (difat is endOfChain or free || hops > sectorsInFile || Sector(difat) is not { } sector)
            {
                return broken;
            }

            for (var i = 0; i < perSector - 1 && fatSectors.Count < fatCount; i++)
            {
                fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(sector.AsSpan(4 * i)));
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(sector.AsSpan(sectorSize - 4));
        }

        var fat = new uint[fatSectors.Count * perSector];
        for (var i = 0; i < fatSectors.Count; i++)
        {
            if (Sector(fatSectors[i]) is not { } sector)
            {
                return broken;
            }

            for (var j = 0; j < perSector; j++)
            {
                fat[i * perSector + j] = BinaryPrimitives.ReadUInt32LittleEndian(sector.AsSpan(4 * j));
            }
        }

        var lastUsed = Array.FindLastIndex(fat, entry => entry != free);
        if ((lastUsed + 1L) * sectorSize >= length)
        {
            return broken;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var directory = firstDirectory;
        for (var hops = 0; directory != endOfChain; hops++)
        {
            if (directory >= fat.Length || hops > fat.Length || Sector(directory) is not { } sector)
            {
                return broken;
            }

            for (var offset = 0; offset + 128 <= sectorSize; offset += 128)
            {
                var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(sector.AsSpan(offset + 64));
                var objectType = sector[offset + 66];
                if (objectType is 1 or 2 or 5 && nameLength is >= 2 and <= 64 && nameLength % 2 == 0)
                {
                    names.Add(Encoding.Unicode.GetString(sector, offset, nameLength - 2));
                }
            }

            directory = fat[directory];
        }

        if (names.Contains("WordDocument"))
        {
            return Sniffed.Accept(AttachmentTypes.Doc);
        }

        if (names.Contains("Workbook") || names.Contains("Book"))
        {
            return Sniffed.Accept(AttachmentTypes.Xls);
        }

        if (names.Contains("PowerPoint Document"))
        {
            return Sniffed.Accept(AttachmentTypes.Ppt);
        }

        return new Sniffed(SniffVerdict.Unsupported, null,
            $"This compound file is not a Word, Excel or PowerPoint document (it may be an installer or a mail message). Accepted are: {AttachmentTypes.Accepted}.");
    }

    private static string LooksLike(byte[] head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head switch
        {
            _ when head.StartsWith("MZ"u8) => " (a Windows program)",
            _ when head.StartsWith("\u007FELF"u8) => " (a Linux program)",
            _ when head.StartsWith("#!"u8) => " (a script)",
            _ when text.StartsWith('<') => " (HTML or XML)",
            _ => "",
        };
    }

    private static Sniffed Damaged(string detail) => new(SniffVerdict.Damaged, null, detail);

    private static byte[] Tail(Stream content)
    {
        var length = (int)Math.Min(content.Length, TailLength);
        return ReadAt(content, content.Length - length, length);
    }

    private static byte[] ReadAt(Stream content, long position, int count)
    {
        var buffer = new byte[count];
        content.Position = position;
        content.ReadExactly(buffer);
        return buffer;
    }

    private static bool StartsWith(this byte[] data, ReadOnlySpan<byte> prefix) => data.AsSpan().StartsWith(prefix);
}
