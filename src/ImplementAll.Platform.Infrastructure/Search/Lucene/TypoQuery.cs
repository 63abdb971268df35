using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace ImplementAll.Platform.Infrastructure.Search.Lucene;

/// <summary>
/// A typo-tolerant term query, like FuzzyQuery (Damerau edits, first character fixed, boost-only scoring over at most
/// <see cref="MaxExpansions"/> terms) but over an automaton compiled once and shared: FuzzyQuery compiles its own per
/// field and per query, which for two edits on a long word costs milliseconds each time (measured 2-5 ms here),
/// more than the rest of the search.
/// </summary>
internal sealed class TypoQuery : MultiTermQuery
{
    public const int MaxExpansions = 16;

    private readonly string text;
    private readonly CompiledAutomaton automaton;

    public TypoQuery(string field, string text, CompiledAutomaton automaton) : base(field)
    {
        this.text = text;
        this.automaton = automaton;
        MultiTermRewriteMethod = new TopTermsBoostOnlyBooleanQueryRewrite(MaxExpansions);
    }

    protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts) => automaton.GetTermsEnum(terms);

    public override string ToString(string field) => (field == Field ? "" : Field + ":") + text + "~";

    public override bool Equals(object? obj) => obj is TypoQuery other && base.Equals(other) && other.text == text && ReferenceEquals(other.automaton, automaton);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), text);
}

/// <summary>
/// Compiled edit-distance automata by (word, edits), shared by all queries: common words and common typos are
/// compiled once. Bounded, because a two-edit automaton of a long word takes tens of kilobytes.
/// </summary>
internal static class TypoAutomata
{
    private const int Capacity = 512;

    private static readonly ConcurrentDictionary<(string Text, int Edits), CompiledAutomaton> Cache = new();

    public static CompiledAutomaton For(string text, int edits)
    {
        if (Cache.TryGetValue((text, edits), out var cached))
        {
            return cached;
        }

        if (Cache.Count >= Capacity)
        {
            Cache.Clear(); // Crude but safe: the next queries recompile what they need.
        }

        // Like FuzzyQuery with prefix length 1: the first character must match, the rest may differ by `edits`.
        var first = char.IsHighSurrogate(text[0]) && text.Length > 1 ? 2 : 1;
        var rest = new LevenshteinAutomata(text[first..], true).ToAutomaton(edits);
        var compiled = new CompiledAutomaton(BasicOperations.Concatenate(BasicAutomata.MakeString(text[..first]), rest), true, false);
        Cache[(text, edits)] = compiled;
        return compiled;
    }
}
