// Mirrors CPython Modules/_ctypes (simple types c_long, c_int, ... and from_address, sizeof, addressof).
using RefPy.Memory;
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Modules;

/// <summary>
/// The ctypes module, limited to simple C types over the private heap. <c>from_address</c> only accepts
/// addresses inside live blocks of RefPy's heap (it raises ValueError otherwise, never reading wild memory),
/// and every <c>.value</c> read checks again that the bytes still belong to a live block.
/// </summary>
internal static unsafe class CTypesModule
{
    /// <summary>A ctypes simple type (PyCSimpleType instance): c_long, c_int, ...</summary>
    internal sealed class SimpleType : PyType, TypeAttributeProvider
    {
        public const int PtrOffset = 16;     // b_ptr
        public const int ValueOffset = 80;   // b_value (inline storage)

        public SimpleType(string name, int size, char code) : base(name, 96, 0, true, ObjectType.Instance)
        {
            CSize = size;
            Code = code;
            this.AddProperty("value", o => Read(o));
        }

        public int CSize { get; }
        /// <summary>l signed 8, i signed 4, L unsigned 8, I unsigned 4, P pointer, d double.</summary>
        public char Code { get; }

        public override string ModuleName => "ctypes";

        public nint New(nint address)
        {
            nint o = AllocObject(96);
            new Span<byte>((void*)(o + 16), 80).Clear();
            *(nint*)(o + PtrOffset) = address == 0 ? o + ValueOffset : address;
            return o;
        }

        private nint Read(nint o)
        {
            nint p = *(nint*)(o + PtrOffset);
            if (p != o + ValueOffset)
            {
                CheckAddress(p, CSize, Name);
            }
            return Code switch
            {
                'l' => IntType.FromLong(*(long*)p),
                'i' => IntType.FromLong(*(int*)p),
                'L' => IntType.FromBig(*(ulong*)p),
                'I' => IntType.FromLong(*(uint*)p),
                'P' => *(ulong*)p == 0 ? Singletons.None : IntType.FromBig(*(ulong*)p),
                'd' => FloatType.FromDouble(*(double*)p),
                'B' => IntType.FromLong(*(byte*)p),
                'b' => IntType.FromLong(*(sbyte*)p),
                'c' => BytesObject.Character(*(byte*)p),
                _ => throw Errors.TypeError("unsupported ctypes type"),
            };
        }

        private void Write(nint o, nint value)
        {
            nint p = *(nint*)(o + PtrOffset);
            if (p != o + ValueOffset)
            {
                CheckAddress(p, CSize, Name);
            }
            if (Code == 'd')
            {
                if (!FloatType.TryAsDouble(value, out double d))
                {
                    throw Errors.TypeError("must be real number, not " + Ob.TypeOf(value).Name);
                }
                *(double*)p = d;
                return;
            }
            if (Code == 'c')
            {
                if (BytesObject.TryGetBuffer(value, out ReadOnlySpan<byte> one) && one.Length == 1)
                {
                    *(byte*)p = one[0];
                    return;
                }
                if (!IntType.IsInt(value) || !IntType.TryGetLong(value, out long cv) || cv < 0 || cv > 255)
                {
                    throw Errors.TypeError("one character bytes, bytearray or integer expected");
                }
                *(byte*)p = (byte)cv;
                return;
            }
            if (Code == 'P' && value == Singletons.None)
            {
                *(long*)p = 0;
                return;
            }
            if (!IntType.IsInt(value))
            {
                throw Errors.TypeError(Code == 'P'
                    ? "cannot be converted to pointer"
                    : "'" + Ob.TypeOf(value).Name + "' object cannot be interpreted as an integer");
            }
            // Like C's conversion to the field type: the value modulo 2**64 (negative values wrap).
            System.Numerics.BigInteger v = IntType.ToBig(value);
            ulong bits = (ulong)(v & ulong.MaxValue);
            if (CSize == 8)
            {
                *(ulong*)p = bits;
            }
            else if (CSize == 1)
            {
                *(byte*)p = (byte)bits;
            }
            else
            {
                *(uint*)p = (uint)bits;
            }
        }

        public override void SetAttr(nint o, nint name, nint value)
        {
            if (StrObject.ToManaged(name) == "value")
            {
                Write(o, value);
                return;
            }
            base.SetAttr(o, name, value);
        }

        public override string Repr(nint o)
        {
            nint v = Read(o);
            try
            {
                return Name + "(" + Abstract.ReprString(v) + ")";
            }
            finally
            {
                Ob.Decref(v);
            }
        }

        public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
        {
            nint o = New(0);
            if (args.Length > 0)
            {
                try
                {
                    Write(o, args[0]);
                }
                catch
                {
                    Ob.Decref(o);
                    throw;
                }
            }
            return o;
        }

        public nint GetTypeAttribute(string name)
        {
            if (name == "from_address")
            {
                return BuiltinFunctionObject.New(fromAddress, Address);
            }
            return 0;
        }

        private static readonly NativeFunction fromAddress = new("from_address", (self, args, kw) =>
        {
            SimpleType t = (SimpleType)PyType.FromAddress(self);
            Args.Exact(t.Name + ".from_address", args, 1);
            if (!IntType.IsInt(args[0]))
            {
                throw Errors.TypeError("integer expected");
            }
            System.Numerics.BigInteger a = IntType.ToBig(args[0]);
            if (a < 0 || a > long.MaxValue)
            {
                throw Errors.ValueError("ctypes." + t.Name + ".from_address: address " + a + " is not inside RefPy's private heap");
            }
            nint address = (nint)(long)a;
            CheckAddress(address, t.CSize, t.Name);
            return t.New(address);
        }, "c_type");
    }

    /// <summary>Raises ValueError unless [address, address+size) lies inside one live block of the heap.</summary>
    public static void CheckAddress(nint address, int size, string typeName)
    {
        PrivateHeap heap = Mem.Heap;
        BlockState state = heap.Classify(address, out nint start, out nuint blockSize);
        string where = "ctypes." + typeName + ".from_address(0x" + ((long)address).ToString("x") + ")";
        switch (state)
        {
            case BlockState.Live:
                if (!heap.ContainsLiveRange(address, (nuint)size))
                {
                    throw Errors.ValueError(where + ": reading " + size + " bytes would run past the end of the " + blockSize + "-byte heap block at 0x" + ((long)start).ToString("x"));
                }
                return;
            case BlockState.Freed:
                throw Errors.ValueError(where + ": the heap block at 0x" + ((long)start).ToString("x") + " held an object that has since been freed");
            default:
                throw Errors.ValueError(where + ": address is not inside a live block of RefPy's private heap");
        }
    }

    public static readonly SimpleType CLong = new("c_long", 8, 'l');
    public static readonly SimpleType CInt = new("c_int", 4, 'i');
    public static readonly SimpleType CVoidP = new("c_void_p", 8, 'P');
    public static readonly SimpleType CULong = new("c_ulong", 8, 'L');
    public static readonly SimpleType CUInt = new("c_uint", 4, 'I');
    public static readonly SimpleType CDouble = new("c_double", 8, 'd');

    public static readonly SimpleType CUByte = new("c_ubyte", 1, 'B');
    public static readonly SimpleType CByte = new("c_byte", 1, 'b');
    public static readonly SimpleType CChar = new("c_char", 1, 'c');

    public static PyType[] Types() => [CLong, CInt, CVoidP, CULong, CUInt, CDouble, CUByte, CByte, CChar];

    /// <summary>ctypes/__init__.py's aliases on 64-bit Linux: the same classes under other names.</summary>
    private static readonly (string Name, SimpleType Type)[] aliases =
    [
        ("c_longlong", CLong), ("c_ulonglong", CULong), ("c_ssize_t", CLong), ("c_size_t", CULong),
        ("c_int64", CLong), ("c_uint64", CULong), ("c_int32", CInt), ("c_uint32", CUInt), ("c_uint8", CUByte), ("c_int8", CByte),
    ];

    public static void Reset()
    {
    }

    public static nint Create()
    {
        nint m = ModuleType.New("ctypes");
        nint d = ModuleType.Dict(m);
        foreach (PyType t in Types())
        {
            DictType.Set(d, StrObject.Intern(t.Name), t.Address);
        }
        foreach ((string name, SimpleType t) in aliases)
        {
            DictType.Set(d, StrObject.Intern(name), t.Address);
        }
        void Fn(string name, BuiltinFn fn)
        {
            nint f = BuiltinFunctionObject.New(new NativeFunction(name, fn), m);
            DictType.Set(d, StrObject.Intern(name), f);
            Ob.Decref(f);
        }
        Fn("sizeof", (self, args, kw) =>
        {
            Args.Exact("_ctypes.sizeof", args, 1);
            nint a = args[0];
            PyType t = Ob.Type(a) == TypeType.Instance.Address ? PyType.FromAddress(a) : Ob.TypeOf(a);
            if (t is SimpleType st)
            {
                return IntType.FromLong(st.CSize);
            }
            throw Errors.TypeError("this type has no size");
        });
        Fn("string_at", (self, args, kw) =>
        {
            // ctypes.string_at(address, size=-1): size bytes (or up to the first NUL) copied into a bytes object.
            Args.Range("string_at", args, 1, 2);
            if (!IntType.IsInt(args[0]))
            {
                throw Errors.TypeError("integer expected");
            }
            System.Numerics.BigInteger a = IntType.ToBig(args[0]);
            long size = args.Length > 1 ? IntType.AsLong(args[1]) : -1;
            if (a <= 0 || a > long.MaxValue)
            {
                throw Errors.ValueError("ctypes.string_at: address " + a + " is not inside RefPy's private heap");
            }
            nint address = (nint)(long)a;
            if (size < 0)
            {
                CheckAddress(address, 1, "c_char");
                size = 0;
                while (Mem.Heap.ContainsLiveRange(address, (nuint)(size + 1)) && ((byte*)address)[size] != 0)
                {
                    size++;
                }
            }
            if (size > 0)
            {
                CheckAddress(address, (int)size, "c_char");
            }
            return BytesObject.FromSpan(new ReadOnlySpan<byte>((void*)address, (int)size));
        });
        Fn("addressof", (self, args, kw) =>
        {
            Args.Exact("_ctypes.addressof", args, 1);
            if (Ob.TypeOf(args[0]) is not SimpleType)
            {
                throw Errors.TypeError("invalid type");
            }
            return IntType.FromLong(*(nint*)(args[0] + SimpleType.PtrOffset));
        });
        return m;
    }
}
