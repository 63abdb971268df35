using System.Globalization;
using System.Xml.Linq;
using static ImplementAll.Platform.Web.Features.Tailoring.Design.WordDocument;

namespace ImplementAll.Platform.Web.Features.Tailoring.Design;

/// <summary>The styles and document properties of <see cref="WordDocument"/>: the styles its body names, and its title.</summary>
internal static class WordStyles
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static XDocument Part() => new(new XElement(W + "styles", new XAttribute(XNamespace.Xmlns + "w", W),
        new XElement(W + "docDefaults",
            new XElement(W + "rPrDefault", new XElement(W + "rPr",
                new XElement(W + "rFonts", new XAttribute(W + "ascii", "Calibri"), new XAttribute(W + "hAnsi", "Calibri"), new XAttribute(W + "cs", "Calibri")),
                new XElement(W + "sz", Val("21")), new XElement(W + "lang", Val("en-GB")))),
            new XElement(W + "pPrDefault", new XElement(W + "pPr", new XElement(W + "spacing", new XAttribute(W + "after", 80))))),
        ParagraphStyle("Normal", "Normal", isDefault: true),
        ParagraphStyle("Title", "Title", size: 40, after: 120),
        ParagraphStyle("Heading1", "heading 1", size: 30, before: 320, outline: 0),
        ParagraphStyle("Heading2", "heading 2", size: 24, before: 200, outline: 1),
        new XElement(W + "style", new XAttribute(W + "type", "table"), new XAttribute(W + "styleId", "PlanTable"),
            new XElement(W + "name", Val("Plan table")),
            new XElement(W + "tblPr",
                new XElement(W + "tblBorders", new[] { "top", "left", "bottom", "right", "insideH", "insideV" }.Select(side =>
                    new XElement(W + side, Val("single"), new XAttribute(W + "sz", 4), new XAttribute(W + "space", 0), new XAttribute(W + "color", "8A94A0")))),
                new XElement(W + "tblCellMar",
                    new XElement(W + "left", new XAttribute(W + "w", 80), new XAttribute(W + "type", "dxa")),
                    new XElement(W + "right", new XAttribute(W + "w", 80), new XAttribute(W + "type", "dxa")))))));

    public static XDocument CoreProperties(string title) => new(new XElement(Cp + "coreProperties",
        new XAttribute(XNamespace.Xmlns + "cp", Cp), new XAttribute(XNamespace.Xmlns + "dc", Dc),
        new XElement(Dc + "title", title),
        new XElement(Dc + "creator", "ImplementAll Platform"),
        new XElement(Dc + "language", CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : "en")));

    private static XElement ParagraphStyle(string id, string name, bool isDefault = false, int? size = null, int before = 0, int after = 80, int? outline = null) =>
        new(W + "style", new XAttribute(W + "type", "paragraph"), new XAttribute(W + "styleId", id),
            isDefault ? new XAttribute(W + "default", 1) : null,
            new XElement(W + "name", Val(name)),
            isDefault ? null : new XElement(W + "basedOn", Val("Normal")),
            isDefault ? null : new XElement(W + "next", Val("Normal")),
            new XElement(W + "qFormat"),
            isDefault ? null : new XElement(W + "pPr",
                new XElement(W + "keepNext"),
                new XElement(W + "spacing", new XAttribute(W + "before", before), new XAttribute(W + "after", after)),
                outline is { } level ? new XElement(W + "outlineLvl", Val(level.ToString(CultureInfo.InvariantCulture))) : null),
            size is { } points ? new XElement(W + "rPr", new XElement(W + "b"), new XElement(W + "color", Val("0B5D6B")), new XElement(W + "sz", Val(points.ToString(CultureInfo.InvariantCulture)))) : null);
}
