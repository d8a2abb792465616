// The interpreter's frames are large methods; CPython does not zero its C locals either. All locals are
// definitely assigned (C# guarantees it), and stackalloc'd spans are written before they are read.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
