using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ImplementAll.Platform.Infrastructure.Search.Lucene;

/// <summary>
/// What a hit shows, kept per document in BinaryDocValues rather than stored fields: stored fields are compressed in
/// 16 KB chunks that are decompressed for every document read, which was an eighth of all search time in profiles;
/// a doc-values record is read directly. Doc-values entries are limited to 32766 bytes, hence the caps (far above
/// what a practice's title or summary holds) and a separate, shortened body used only for snippets.
/// </summary>
internal sealed record HitRecord(
    Guid Id, string Language, string Title, string Summary, string Owner, string Type, IReadOnlyList<string> Countries, string Stage, int Trl, long PublishedTicks)
{
    public const string Field = "hit";
    public const string BodyField = "hit_body";

    /// <summary>A snippet from the body comes from its first this many characters (4 bytes each at most: below the entry limit).</summary>
    public const int MaxBodyCharacters = 8000;

    private const int MaxTitle = 1000;
    private const int MaxSummary = 2000;
    private const int MaxShort = 200;
    private const int MaxCountries = 50;

    // Replaces rather than throws on anything unencodable; text is cleaned before, this is a second guard.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public BytesRef ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Utf8, leaveOpen: true))
        {
            writer.Write(Id.ToByteArray());
            writer.Write(Cap(Language, MaxShort));
            writer.Write(Cap(Title, MaxTitle));
            writer.Write(Cap(Summary, MaxSummary));
            writer.Write(Cap(Owner, MaxShort));
            writer.Write(Cap(Type, MaxShort));
            var countries = Countries.Take(MaxCountries).ToList();
            writer.Write(countries.Count);
            foreach (var country in countries)
            {
                writer.Write(Cap(country, MaxShort));
            }

            writer.Write(Cap(Stage, MaxShort));
            writer.Write(Trl);
            writer.Write(PublishedTicks);
        }

        return new BytesRef(stream.ToArray());
    }

    public static HitRecord Read(BytesRef bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes.Bytes, bytes.Offset, bytes.Length, writable: false), Utf8);
        var id = new Guid(reader.ReadBytes(16));
        var language = reader.ReadString();
        var title = reader.ReadString();
        var summary = reader.ReadString();
        var owner = reader.ReadString();
        var type = reader.ReadString();
        var countries = new string[reader.ReadInt32()];
        for (var i = 0; i < countries.Length; i++)
        {
            countries[i] = reader.ReadString();
        }

        return new HitRecord(id, language, title, summary, owner, type, countries, reader.ReadString(), reader.ReadInt32(), reader.ReadInt64());
    }

    public static BytesRef BodyBytes(string body) => new(Utf8.GetBytes(body.Length > MaxBodyCharacters ? body[..MaxBodyCharacters] : body));

    /// <summary>Reads records of one searcher's hits, segment by segment.</summary>
    public sealed class Reader(IndexReader index)
    {
        private readonly IList<AtomicReaderContext> leaves = index.Leaves;
        private readonly Dictionary<int, (BinaryDocValues Hits, BinaryDocValues Bodies)> perLeaf = [];
        private readonly BytesRef scratch = new();

        public HitRecord Record(int doc) => Decode(Values(doc, out var local).Hits, local, HitRecord.Read);

        public string Body(int doc) => Decode(Values(doc, out var local).Bodies, local, b => Utf8.GetString(b.Bytes, b.Offset, b.Length));

        private T Decode<T>(BinaryDocValues values, int local, Func<BytesRef, T> decode)
        {
            values.Get(local, scratch);
            return decode(scratch);
        }

        private (BinaryDocValues Hits, BinaryDocValues Bodies) Values(int doc, out int local)
        {
            var index = ReaderUtil.SubIndex(doc, leaves);
            var leaf = leaves[index];
            local = doc - leaf.DocBase;
            if (!perLeaf.TryGetValue(index, out var values))
            {
                values = (leaf.AtomicReader.GetBinaryDocValues(Field), leaf.AtomicReader.GetBinaryDocValues(BodyField));
                perLeaf[index] = values;
            }

            return values;
        }
    }

    private static string Cap(string? text, int max) => SearchRequest.CleanText(text, max);
}
