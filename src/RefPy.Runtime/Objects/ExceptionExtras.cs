// Mirrors CPython Objects/exceptions.c: BaseException.add_note, SystemExit.code, StopIteration.value.
namespace RefPy.Runtime.Objects;

/// <summary>Members of the built-in exception types beyond BaseException's core (installed once all types exist).</summary>
internal static class ExceptionExtras
{
    public static bool Install()
    {
        ExceptionType.BaseException.AddMethod("add_note", AddNote);
        ExceptionType.BaseException.AddProperty("__dict__", Dict);
        ExceptionType.SystemExit.AddProperty("code", o =>
        {
            nint args = ExceptionType.Args(o);
            long n = args == 0 ? 0 : TupleType.Count(args);
            return Ob.NewRef(n == 0 ? Singletons.None : n == 1 ? TupleType.Item(args, 0) : args);
        });
        ExceptionType.StopIteration.AddProperty("value", FirstArgOrNone);
        ExceptionType.StopAsyncIteration.AddProperty("value", FirstArgOrNone);
        return true;
    }

    private static unsafe nint Dict(nint o)
    {
        nint* slot = (nint*)(o + ExceptionType.DictOffset);
        if (*slot == 0)
        {
            *slot = DictType.New();
        }
        return Ob.NewRef(*slot);
    }

    private static nint FirstArgOrNone(nint o)
    {
        nint args = ExceptionType.Args(o);
        return Ob.NewRef(args != 0 && TupleType.Count(args) > 0 ? TupleType.Item(args, 0) : Singletons.None);
    }

    private static nint AddNote(nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        Args.NoKeywords("BaseException.add_note", kwnames);
        Args.Exact("BaseException.add_note", args, 1);
        nint note = args[0];
        if (!Ob.TypeOf(note).IsSubtypeOf(StrType.Instance))
        {
            throw Errors.TypeError("note must be a str, not '" + Ob.TypeOf(note).Name + "'");
        }
        nint name = StrObject.Intern("__notes__");
        nint notes = Ob.TypeOf(self).GetAttr(self, name);
        if (notes == 0)
        {
            notes = ListType.New(0);
            try
            {
                Ob.TypeOf(self).SetAttr(self, name, notes);
            }
            catch
            {
                Ob.Decref(notes);
                throw;
            }
        }
        else if (!ListType.IsList(notes))
        {
            Ob.Decref(notes);
            throw Errors.TypeError("Cannot add note: __notes__ is not a list");
        }
        ListType.Append(notes, note);
        Ob.Decref(notes);
        return Singletons.None;
    }

    /// <summary>The note lines CPython prints after an exception's line in a traceback (its __notes__).</summary>
    public static void AppendNotes(System.Text.StringBuilder sb, PyException e)
    {
        nint exc = e.Value;
        if (exc == 0)
        {
            foreach (KeyValuePair<nint, PyException> kv in ExceptionType.InFlight)
            {
                if (kv.Value == e)
                {
                    exc = kv.Key;
                    break;
                }
            }
        }
        if (exc == 0)
        {
            foreach (string line in e.Notes ?? [])
            {
                sb.Append(line).Append('\n');
            }
            return;
        }
        nint notes;
        try
        {
            notes = Ob.TypeOf(exc).GetAttr(exc, StrObject.Intern("__notes__"));
        }
        catch (PyException err)
        {
            err.Release();
            return;
        }
        if (notes == 0)
        {
            return;
        }
        try
        {
            if (!ListType.IsList(notes) && Ob.Type(notes) != TupleType.Instance.Address)
            {
                sb.Append(Abstract.ReprString(notes)).Append('\n');
                return;
            }
            bool isList = ListType.IsList(notes);
            long n = isList ? ListType.Count(notes) : TupleType.Count(notes);
            for (long i = 0; i < n; i++)
            {
                nint note = isList ? ListType.Item(notes, i) : TupleType.Item(notes, i);
                sb.Append(Abstract.StrString(note)).Append('\n');
            }
        }
        finally
        {
            Ob.Decref(notes);
        }
    }

    /// <summary>An exception object's str notes, read from its dict without running Python code (it is being freed).</summary>
    public static unsafe List<string>? NoteLines(nint o)
    {
        nint dict = *(nint*)(o + ExceptionType.DictOffset);
        nint notes = dict == 0 ? 0 : DictType.GetItemStr(dict, StrObject.Intern("__notes__"));
        if (notes == 0 || !ListType.IsList(notes))
        {
            return null;
        }
        var lines = new List<string>();
        for (long i = 0; i < ListType.Count(notes); i++)
        {
            nint note = ListType.Item(notes, i);
            if (Ob.TypeOf(note) is not ClassType)
            {
                lines.Add(Abstract.StrString(note));
            }
        }
        return lines;
    }
}
