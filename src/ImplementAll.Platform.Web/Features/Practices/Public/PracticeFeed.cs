using System.Text;
using System.Xml;
using ImplementAll.Platform.Core.Data;
using ImplementAll.Platform.Core.Practices;
using Microsoft.EntityFrameworkCore;

namespace ImplementAll.Platform.Web.Features.Practices.Public;

/// <summary>An Atom feed of newly published practices, for readers and for catalogues that poll.</summary>
public static class PracticeFeed
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/practices/feed.atom", async (PlatformDbContext db, HttpRequest request, CancellationToken ct) =>
        {
            var latest = await db.Practices.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
                .Where(p => p.RevisionNumber > 0 && p.Status != PracticeStatus.Archived)
                .OrderByDescending(p => p.PublishedAt).Take(50)
                .Join(db.Tenants, p => p.TenantId, t => t.Id, (p, t) => new { p.Id, p.Title, p.Summary, p.PublishedAt, Owner = t.Name })
                .ToListAsync(ct);
            var root = $"{request.Scheme}://{request.Host}";
            var buffer = new StringBuilder();
            using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true }))
            {
                const string atom = "http://www.w3.org/2005/Atom";
                xml.WriteStartElement("feed", atom);
                xml.WriteElementString("title", atom, "ImplementAll: newly published practices");
                xml.WriteElementString("id", atom, $"{root}/practices/feed.atom");
                xml.WriteElementString("updated", atom, (latest.FirstOrDefault()?.PublishedAt ?? DateTime.UnixEpoch).ToString("O"));
                WriteLink(xml, atom, "self", $"{root}/practices/feed.atom");
                foreach (var p in latest)
                {
                    xml.WriteStartElement("entry", atom);
                    xml.WriteElementString("title", atom, p.Title);
                    xml.WriteElementString("id", atom, $"{root}/practices/{p.Id}");
                    xml.WriteElementString("updated", atom, p.PublishedAt!.Value.ToString("O"));
                    WriteLink(xml, atom, "alternate", $"{root}/practices/{p.Id}");
                    xml.WriteStartElement("author", atom);
                    xml.WriteElementString("name", atom, p.Owner);
                    xml.WriteEndElement();
                    xml.WriteElementString("summary", atom, p.Summary);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            return Results.Text(buffer.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\""), "application/atom+xml; charset=utf-8");
        }).AllowAnonymous().WithTags("Practices (public)").WithName("PracticeFeed").WithSummary("Atom feed of the 50 most recently published practices.");

    private static void WriteLink(XmlWriter xml, string ns, string rel, string href)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
