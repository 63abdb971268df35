using System.Buffers.Binary;
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

    /// <summary>Reads what <see cref="ToBytes"/> wrote (BinaryWriter's layout), straight from the doc-values bytes.</summary>
    public static HitRecord Read(BytesRef bytes)
    {
        var data = new ReadOnlySpan<byte>(bytes.Bytes, bytes.Offset, bytes.Length);
        var at = 0;
        var id = new Guid(data.Slice(0, 16));
        at += 16;
        var language = ReadString(data, ref at);
        var title = ReadString(data, ref at);
        var summary = ReadString(data, ref at);
        var owner = ReadString(data, ref at);
        var type = ReadString(data, ref at);
        var countries = new string[ReadInt32(data, ref at)];
        for (var i = 0; i < countries.Length; i++)
        {
            countries[i] = ReadString(data, ref at);
        }

        var stage = ReadString(data, ref at);
        var trl = ReadInt32(data, ref at);
        var published = BinaryPrimitives.ReadInt64LittleEndian(data.Slice(at, 8));
        return new HitRecord(id, language, title, summary, owner, type, countries, stage, trl, published);
    }

    private static int ReadInt32(ReadOnlySpan<byte> data, ref int at)
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(data.Slice(at, 4));
        at += 4;
        return value;
    }

    /// <summary>A string as BinaryWriter writes it: its UTF-8 length as a 7-bit encoded integer, then the bytes.</summary>
    private static string ReadString(ReadOnlySpan<byte> data, ref int at)
    {
        var length = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift > 28)
            {
                throw new InvalidDataException("Bad string length in a hit record.");
            }

            var b = data[at++];
            length |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }
        }

        var text = length == 0 ? string.Empty : Utf8.GetString(data.Slice(at, length));
        at += length;
        return text;
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
