using System.Runtime.CompilerServices;

// The search tests check the query parser, escaping and snippet building directly, not only through the port.
[assembly: InternalsVisibleTo("ImplementAll.Platform.SearchTests")]
