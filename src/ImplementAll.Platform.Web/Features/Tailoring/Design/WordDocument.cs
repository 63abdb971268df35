using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ImplementAll.Platform.Web.Features.Tailoring.Design;

/// <summary>
/// A small WordprocessingML (DOCX) package written with the framework's zip and XML classes: headings, paragraphs and
/// tables with a header row, on landscape A4. The styles part defines every style the body names, so Word, LibreOffice
/// and Google Docs open it the same way without a library on our side.
/// </summary>
public sealed class WordDocument(string title)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    internal static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private readonly XElement body = new(W + "body");

    public void Title(string text) => body.Add(Paragraph(text, "Title"));

    public void Heading(string text, int level = 1) => body.Add(Paragraph(text, $"Heading{Math.Clamp(level, 1, 2)}"));

    public void Text(string text) => body.Add(Paragraph(text));

    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new XElement(W + "tbl",
            new XElement(W + "tblPr", new XElement(W + "tblStyle", Val("PlanTable")), new XElement(W + "tblW", new XAttribute(W + "w", 5000), new XAttribute(W + "type", "pct"))),
            new XElement(W + "tblGrid", headers.Select(_ => new XElement(W + "gridCol", new XAttribute(W + "w", 15000 / headers.Count)))),
            new XElement(W + "tr", new XElement(W + "trPr", new XElement(W + "tblHeader")), headers.Select(h => Cell(h, bold: true))));
        table.Add(rows.Select(row => new XElement(W + "tr", row.Select(c => Cell(c, bold: false)))));
        body.Add(table);
        // Word joins two tables that follow each other into one; a paragraph keeps them apart.
        body.Add(Paragraph(""));
    }

    public byte[] ToBytes()
    {
        var document = new XDocument(new XElement(W + "document", new XAttribute(XNamespace.Xmlns + "w", W), body,
            new XElement(W + "sectPr",
                new XElement(W + "pgSz", new XAttribute(W + "w", 16838), new XAttribute(W + "h", 11906), new XAttribute(W + "orient", "landscape")),
                new XElement(W + "pgMar", new XAttribute(W + "top", 1134), new XAttribute(W + "right", 1134), new XAttribute(W + "bottom", 1134),
                    new XAttribute(W + "left", 1134), new XAttribute(W + "header", 709), new XAttribute(W + "footer", 709), new XAttribute(W + "gutter", 0)))));
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", Types());
            Write(zip, "_rels/.rels", Relationships(("rId1", OfficeRelationships + "officeDocument", "word/document.xml"),
                ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")));
            Write(zip, "docProps/core.xml", WordStyles.CoreProperties(title));
            Write(zip, "word/_rels/document.xml.rels", Relationships(("rId1", OfficeRelationships + "styles", "styles.xml")));
            Write(zip, "word/document.xml", document);
            Write(zip, "word/styles.xml", WordStyles.Part());
        }

        return buffer.ToArray();
    }

    internal static XAttribute Val(string value) => new(W + "val", value);

    private static XElement Paragraph(string text, string? style = null, bool bold = false) =>
        new(W + "p", style is null ? null : new XElement(W + "pPr", new XElement(W + "pStyle", Val(style))), Runs(text, bold));

    private static XElement Cell(string text, bool bold) => new(W + "tc", Paragraph(text, bold: bold));

    /// <summary>The text as runs, one per line with breaks between, without the characters XML cannot carry.</summary>
    private static IEnumerable<XElement> Runs(string text, bool bold)
    {
        var lines = new string([.. text.Where(XmlConvert.IsXmlChar)]).ReplaceLineEndings("\n").Split('\n');
        return lines.Select((line, i) => new XElement(W + "r",
            bold ? new XElement(W + "rPr", new XElement(W + "b")) : null,
            i > 0 ? new XElement(W + "br") : null,
            new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), line)));
    }

    private static XDocument Types() => new(new XElement(ContentTypes + "Types",
        new XElement(ContentTypes + "Default", new XAttribute("Extension", "rels"), new XAttribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml")),
        new XElement(ContentTypes + "Default", new XAttribute("Extension", "xml"), new XAttribute("ContentType", "application/xml")),
        Override("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
        Override("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
        Override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")));

    private static XElement Override(string part, string type) =>
        new(ContentTypes + "Override", new XAttribute("PartName", part), new XAttribute("ContentType", type));

    private static XDocument Relationships(params (string Id, string Type, string Target)[] relationships) =>
        new(new XElement(PackageRelationships + "Relationships", relationships.Select(r => new XElement(PackageRelationships + "Relationship",
            new XAttribute("Id", r.Id), new XAttribute("Type", r.Type), new XAttribute("Target", r.Target)))));

    private static void Write(ZipArchive zip, string name, XDocument part)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        part.Declaration = new XDeclaration("1.0", "UTF-8", "yes");
        part.Save(writer);
    }
}
