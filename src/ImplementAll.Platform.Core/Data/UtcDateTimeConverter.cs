using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ImplementAll.Platform.Core.Data;

/// <summary>Every timestamp is UTC; SQLite returns them without a kind, so the kind is restored on read.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
