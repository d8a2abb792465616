// Mirrors CPython Modules/gcmodule.c (3.12) and Include/internal/pycore_gc.h: PyGC_Head, generations,
// tracking, and the cycle-detecting collection (update_refs, subtract_refs, move_unreachable, delete_garbage).
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RefPy.Runtime.Objects;

/// <summary>
/// The cyclic garbage collector. Every object of a GC type has CPython's 16-byte PyGC_Head in front of it:
/// <c>_gc_next</c> at -16 (0 when untracked; bit 0 is NEXT_MASK_UNREACHABLE during a collection) and
/// <c>_gc_prev</c> at -8 (the previous node, or gc_refs &lt;&lt; 2 during a collection; bit 1 is
/// PREV_MASK_COLLECTING, bit 0 PREV_MASK_FINALIZED). Tracked objects sit on one of three generation lists
/// (thresholds 700/10/10) or the permanent generation (gc.freeze). A GC-object allocation increments the
/// gen-0 count and a GC-object free decrements it; CPython's free lists (tuple, list, dict, slice cache),
/// which skip both, are modelled by counts so gc.get_count() follows CPython. Nothing here allocates
/// managed memory per object: traversal is a static function pointer plus an argument.
/// </summary>
internal static unsafe class Gc
{
    public const int NumGenerations = 3;
    private const nint NextMaskUnreachable = 1;
    private const nint PrevMaskFinalized = 1;
    private const nint PrevMaskCollecting = 2;
    private const int PrevShift = 2;
    private const nint PrevMask = -4; // ~3

    public const long DebugSaveAll = 32;

    [StructLayout(LayoutKind.Sequential)]
    private struct Head
    {
        public nint Next;
        public nint Prev;
    }

    /// <summary>Generation heads 0..2, then the permanent generation (gc.freeze).</summary>
    private static Head* heads;
    private static Head* Permanent => heads + NumGenerations;

    public static readonly long[] Thresholds = [700, 10, 10];
    public static readonly long[] Counts = new long[NumGenerations];
    public static readonly long[] StatCollections = new long[NumGenerations];
    public static readonly long[] StatCollected = new long[NumGenerations];
    public static readonly long[] StatUncollectable = new long[NumGenerations];
    public static bool Enabled = true;
    public static bool Collecting;
    public static long Debug;
    private static long longLivedTotal;
    private static long longLivedPending;

    // CPython's free lists, as counts of objects they would hold: 0 list (80), 1 dict (80),
    // 2..20 tuples of size 1..19 (2000 each), 21 the one-slice cache.
    private const int FreeListList = 0, FreeListDict = 1, FreeListTupleBase = 1, FreeListSlice = 21;
    private static readonly int[] freeListCounts = new int[22];

    /// <summary>Resets the collector for a new runtime (empty generations, default thresholds, enabled).</summary>
    public static void Initialize()
    {
        if (heads == null)
        {
            heads = (Head*)NativeMemory.Alloc((nuint)((NumGenerations + 1) * sizeof(Head)));
        }
        for (int i = 0; i <= NumGenerations; i++)
        {
            ListInit(heads + i);
        }
        InitFreeListKinds();
        Thresholds[0] = 700;
        Thresholds[1] = 10;
        Thresholds[2] = 10;
        Array.Clear(Counts);
        Array.Clear(StatCollections);
        Array.Clear(StatCollected);
        Array.Clear(StatUncollectable);
        Array.Clear(freeListCounts);
        Enabled = true;
        Collecting = false;
        Pending = false;
        Debug = 0;
        longLivedTotal = 0;
        longLivedPending = 0;
    }

    /// <summary>Starts counting from zero once start-up objects exist (their allocations are not the program's).</summary>
    public static void ResetCounts()
    {
        Pending = false;
        Array.Clear(Counts);
        Array.Clear(freeListCounts);
    }

    /// <summary>
    /// CPython's start-up (site, encodings, reading and compiling the script) allocates enough GC objects
    /// that a young collection runs as the main module starts: its first statement sees gc.get_count()
    /// (0, 5, 0), and the atomic constant tuples of the script are already untracked. Mirror that state.
    /// </summary>
    public static void StartMain()
    {
        Collect(0);
        Pending = false;
        Counts[0] = 0;
        Counts[1] = 5;
        Counts[2] = 0;
    }

    // ---- PyGC_Head helpers (pycore_gc.h) -----------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Head* AsGc(nint o) => (Head*)(o - Mem.GcHeaderSize);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint FromGc(Head* g) => (nint)g + Mem.GcHeaderSize;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Head* GetNext(Head* g) => (Head*)g->Next;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Head* GetPrev(Head* g) => (Head*)(g->Prev & PrevMask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetPrev(Head* g, Head* prev) => g->Prev = (g->Prev & ~PrevMask) | (nint)prev;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long GetRefs(Head* g) => (long)((ulong)g->Prev >> PrevShift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetRefs(Head* g, long refs) => g->Prev = (g->Prev & ~PrevMask) | (nint)(refs << PrevShift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ResetRefs(Head* g, long refs) =>
        g->Prev = (g->Prev & PrevMaskFinalized) | PrevMaskCollecting | (nint)(refs << PrevShift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsCollecting(Head* g) => (g->Prev & PrevMaskCollecting) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClearCollecting(Head* g) => g->Prev &= ~PrevMaskCollecting;

    /// <summary>_PyObject_IS_GC: the object's type has the GC pre-header (static type objects are never tracked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsGcObject(nint o) => Ob.TypeOf(o).IsGc;

    /// <summary>_PyObject_GC_IS_TRACKED (o must be of a GC type).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTracked(nint o) => AsGc(o)->Next != 0;

    /// <summary>gc.is_tracked.</summary>
    public static bool IsTrackedAny(nint o) => IsGcObject(o) && IsTracked(o);

    /// <summary>_PyObject_GC_MAY_BE_TRACKED: could o take part in a cycle (decides dict tracking and tuple untracking).</summary>
    public static bool MayBeTracked(nint o)
    {
        PyType t = Ob.TypeOf(o);
        if (!t.IsGc)
        {
            return false;
        }
        if (t == TupleType.Instance || t == TypeType.Instance)
        {
            return IsTracked(o);
        }
        return true;
    }

    /// <summary>_PyObject_GC_TRACK: appends o to generation 0 (no-op when already tracked).</summary>
    public static void Track(nint o)
    {
        Head* g = AsGc(o);
        if (g->Next != 0)
        {
            return;
        }
        Head* gen0 = heads;
        Head* last = (Head*)gen0->Prev;
        last->Next = (nint)g;
        SetPrev(g, last);
        g->Next = (nint)gen0;
        gen0->Prev = (nint)g;
    }

    /// <summary>_PyObject_GC_UNTRACK (o must be of a GC type; no-op when untracked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Untrack(nint o)
    {
        Head* g = AsGc(o);
        if (g->Next == 0)
        {
            return;
        }
        Head* prev = GetPrev(g);
        Head* next = (Head*)(g->Next & ~NextMaskUnreachable);
        prev->Next = (nint)next;
        SetPrev(next, prev);
        g->Next = 0;
        g->Prev &= PrevMaskFinalized;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void UntrackIfGc(nint o)
    {
        if (Ob.TypeOf(o).IsGc)
        {
            Untrack(o);
        }
    }

    /// <summary>Py_VISIT: calls visit on a non-null reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Visit(delegate*<nint, nint, void> visit, nint o, nint arg)
    {
        if (o != 0)
        {
            visit(o, arg);
        }
    }

    /// <summary>Py_CLEAR on a field: sets it to 0, then releases the old reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ClearSlot(nint* slot)
    {
        nint old = *slot;
        if (old != 0)
        {
            *slot = 0;
            Ob.Decref(old);
        }
    }

    // ---- allocation accounting (gc_alloc / PyObject_GC_Del and the free lists) ----------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int TupleFreeList(long itemCount) => itemCount > 0 && itemCount < 20 ? FreeListTupleBase + (int)itemCount : -1;

    /// <summary>Records on each type which of the modelled free lists its exact instances use (read by OnAlloc/OnFree).</summary>
    private static void InitFreeListKinds()
    {
        ListType.Instance.GcFreeList = FreeListList;
        DictType.Instance.GcFreeList = FreeListDict;
        TupleType.Instance.GcFreeList = PyType.TupleFreeLists;
        SliceType.Instance.GcFreeList = FreeListSlice;
    }

    private static int FreeListCapacity(int index) =>
        index == FreeListSlice ? 1 : index <= FreeListDict ? 80 : 2000;

    /// <summary>A GC object of type t and the given size is about to be allocated.</summary>
    // ---- instance attribute dicts: CPython 3.12 keeps them as inline values, invisible to the collector ----

    private static bool skipNextAllocation;

    /// <summary>The next GC allocation is not counted (an instance's inline attribute storage).</summary>
    public static void SkipNextAllocation() => skipNextAllocation = true;

    /// <summary>
    /// Marks a dict as an instance's inline attributes (the finalized bit, which dicts never use otherwise):
    /// never tracked, not counted when freed; the instance traverses its contents.
    /// </summary>
    public static void MarkInlineDict(nint d) => AsGc(d)->Prev |= PrevMaskFinalized;

    public static bool IsInlineDict(nint d) => (AsGc(d)->Prev & PrevMaskFinalized) != 0;

    /// <summary>obj.__dict__ was asked for: the dict becomes a real object (counted, tracked if it holds containers).</summary>
    public static void MaterializeInlineDict(nint d)
    {
        AsGc(d)->Prev &= ~PrevMaskFinalized;
        Counts[0]++;
        long pos = 0;
        while (DictType.Next(d, ref pos, out nint k, out nint v))
        {
            if (MayBeTracked(k) || MayBeTracked(v))
            {
                Track(d);
                break;
            }
        }
    }

    public static void OnAlloc(PyType t, int size)
    {
        if (skipNextAllocation)
        {
            skipNextAllocation = false;
            return;
        }
        int fl = t.GcFreeList;
        if (fl != PyType.NoFreeList)
        {
            if (fl == PyType.TupleFreeLists)
            {
                fl = TupleFreeList((size - TupleType.ItemsOffset) / 8);
            }
            if (fl >= 0 && freeListCounts[fl] > 0)
            {
                freeListCounts[fl]--; // CPython reuses a free-listed object: no allocation is counted
                return;
            }
        }
        long count = ++Counts[0];
        if (count > Thresholds[0] && Enabled && Thresholds[0] != 0 && !Collecting && heads != null)
        {
            // 3.12 only schedules the collection (_Py_ScheduleGC); the eval loop runs it at its next
            // eval-breaker check, so the object just allocated is part of it. Here it runs before the
            // next GC allocation, with every object built so far complete or zero-filled.
            Pending = true;
        }
    }

    /// <summary>A young collection was scheduled by the allocation count and has not run yet.</summary>
    public static bool Pending;

    /// <summary>_Py_RunGC: runs the scheduled collection.</summary>
    public static void RunPending()
    {
        Pending = false;
        if (Collecting || heads == null || !Enabled)
        {
            return;
        }
        Collecting = true;
        try
        {
            CollectGenerations();
        }
        finally
        {
            Collecting = false;
        }
    }

    /// <summary>A GC object is being freed (its references already released).</summary>
    public static void OnFree(PyType t, nint o)
    {
        int fl = t.GcFreeList;
        if (fl != PyType.NoFreeList)
        {
            if (fl == FreeListDict && IsInlineDict(o))
            {
                return;
            }
            if (fl == PyType.TupleFreeLists)
            {
                fl = o == TupleType.Empty ? -1 : TupleFreeList(TupleType.Count(o));
            }
            if (fl >= 0 && freeListCounts[fl] < FreeListCapacity(fl))
            {
                freeListCounts[fl]++; // CPython keeps it on a free list: not counted as a free
                return;
            }
        }
        if (Counts[0] > 0)
        {
            Counts[0]--;
        }
    }

    // ---- gc lists (gcmodule.c gc_list_*) ------------------------------------------------------------

    private static void ListInit(Head* list)
    {
        list->Prev = (nint)list;
        list->Next = (nint)list;
    }

    private static bool ListIsEmpty(Head* list) => list->Next == (nint)list;

    private static void ListAppend(Head* node, Head* list)
    {
        Head* last = (Head*)list->Prev;
        SetPrev(node, last);
        last->Next = (nint)node;
        node->Next = (nint)list;
        list->Prev = (nint)node;
    }

    private static void ListMove(Head* node, Head* list)
    {
        Head* fromPrev = GetPrev(node);
        Head* fromNext = GetNext(node);
        fromPrev->Next = (nint)fromNext;
        SetPrev(fromNext, fromPrev);
        Head* toPrev = (Head*)list->Prev;
        SetPrev(node, toPrev);
        toPrev->Next = (nint)node;
        node->Next = (nint)list;
        list->Prev = (nint)node;
    }

    private static void ListMerge(Head* from, Head* to)
    {
        if (!ListIsEmpty(from))
        {
            Head* toTail = GetPrev(to);
            Head* fromHead = GetNext(from);
            Head* fromTail = GetPrev(from);
            toTail->Next = (nint)fromHead;
            SetPrev(fromHead, toTail);
            fromTail->Next = (nint)to;
            SetPrev(to, fromTail);
        }
        ListInit(from);
    }

    private static long ListSize(Head* list)
    {
        long n = 0;
        for (Head* g = GetNext(list); g != list; g = GetNext(g))
        {
            n++;
        }
        return n;
    }

    // ---- the collection ------------------------------------------------------------------------------

    /// <summary>update_refs: gc_refs = ob_refcnt for every object in containers; immortals go to the permanent generation.</summary>
    private static void UpdateRefs(Head* containers)
    {
        Head* g = GetNext(containers);
        while (g != containers)
        {
            Head* next = GetNext(g);
            nint op = FromGc(g);
            if (Ob.IsImmortal(op))
            {
                ListMove(g, Permanent);
                g = next;
                continue;
            }
            ResetRefs(g, Ob.RefCnt(op));
            g = next;
        }
    }

    private static void VisitDecref(nint op, nint arg)
    {
        if (IsGcObject(op))
        {
            Head* g = AsGc(op);
            if (IsCollecting(g))
            {
                g->Prev -= 1 << PrevShift;
            }
        }
    }

    /// <summary>subtract_refs: removes the references held inside the set from gc_refs.</summary>
    private static void SubtractRefs(Head* containers)
    {
        for (Head* g = GetNext(containers); g != containers; g = GetNext(g))
        {
            nint op = FromGc(g);
            Ob.TypeOf(op).TpTraverse(op, &VisitDecref, 0);
        }
    }

    private static void VisitReachable(nint op, nint arg)
    {
        if (!IsGcObject(op))
        {
            return;
        }
        Head* g = AsGc(op);
        if (!IsCollecting(g))
        {
            return;
        }
        if ((g->Next & NextMaskUnreachable) != 0)
        {
            // Tentatively unreachable, but reachable after all: back to young (manual unlink, since the
            // unreachable list carries NEXT_MASK_UNREACHABLE).
            Head* prev = GetPrev(g);
            Head* next = (Head*)(g->Next & ~NextMaskUnreachable);
            prev->Next = g->Next;
            SetPrev(next, prev);
            ListAppend(g, (Head*)arg);
            SetRefs(g, 1);
        }
        else if (GetRefs(g) == 0)
        {
            SetRefs(g, 1);
        }
    }

    /// <summary>move_unreachable: objects with gc_refs 0 that nothing reachable points at go to unreachable.</summary>
    private static void MoveUnreachable(Head* young, Head* unreachable)
    {
        Head* prev = young;
        Head* g = GetNext(young);
        while (g != young)
        {
            if (GetRefs(g) != 0)
            {
                nint op = FromGc(g);
                Ob.TypeOf(op).TpTraverse(op, &VisitReachable, (nint)young);
                SetPrev(g, prev);
                ClearCollecting(g);
                prev = g;
            }
            else
            {
                prev->Next = g->Next;
                Head* last = GetPrev(unreachable);
                last->Next = NextMaskUnreachable | (nint)g;
                SetPrev(g, last);
                g->Next = NextMaskUnreachable | (nint)unreachable;
                unreachable->Prev = (nint)g;
            }
            g = (Head*)prev->Next;
        }
        young->Prev = (nint)prev;
        unreachable->Next &= ~NextMaskUnreachable;
    }

    private static void DeduceUnreachable(Head* baseList, Head* unreachable)
    {
        UpdateRefs(baseList);
        SubtractRefs(baseList);
        ListInit(unreachable);
        MoveUnreachable(baseList, unreachable);
    }

    private static void ClearUnreachableMask(Head* unreachable)
    {
        Head* next;
        for (Head* g = GetNext(unreachable); g != unreachable; g = next)
        {
            g->Next &= ~NextMaskUnreachable;
            next = GetNext(g);
        }
    }

    /// <summary>_PyTuple_MaybeUntrack: a tuple of atomic (or untracked) items is untracked.</summary>
    public static void MaybeUntrackTuple(nint t)
    {
        if (Ob.Type(t) != TupleType.Instance.Address || !IsTracked(t))
        {
            return;
        }
        long n = TupleType.Count(t);
        for (long i = 0; i < n; i++)
        {
            nint e = TupleType.Item(t, i);
            if (e == 0 || MayBeTracked(e))
            {
                return;
            }
        }
        Untrack(t);
    }

    /// <summary>_PyDict_MaybeUntrack: a dict whose keys and values are all atomic is untracked.</summary>
    public static void MaybeUntrackDict(nint d)
    {
        if (Ob.Type(d) != DictType.Instance.Address || !IsTracked(d))
        {
            return;
        }
        nint k = DictType.Keys(d);
        if (k != 0)
        {
            long n = DictKeys.NEntries(k);
            bool unicode = DictKeys.IsUnicode(k);
            for (long i = 0; i < n; i++)
            {
                nint value = *DictKeys.ValueSlot(k, i);
                if (value == 0)
                {
                    continue;
                }
                if (MayBeTracked(value) || (!unicode && MayBeTracked(*DictKeys.KeySlot(k, i))))
                {
                    return;
                }
            }
        }
        Untrack(d);
    }

    /// <summary>MAINTAIN_TRACKING: an untracked dict becomes tracked when a key or value may be tracked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MaintainDictTracking(nint d, nint key, nint value)
    {
        if (!IsTracked(d) && !IsInlineDict(d) && (MayBeTracked(key) || MayBeTracked(value)))
        {
            Track(d);
        }
    }

    private static void UntrackTuples(Head* head)
    {
        Head* next;
        for (Head* g = GetNext(head); g != head; g = next)
        {
            next = GetNext(g);
            nint op = FromGc(g);
            if (Ob.Type(op) == TupleType.Instance.Address)
            {
                MaybeUntrackTuple(op);
            }
        }
    }

    private static void UntrackDicts(Head* head)
    {
        Head* next;
        for (Head* g = GetNext(head); g != head; g = next)
        {
            next = GetNext(g);
            nint op = FromGc(g);
            if (Ob.Type(op) == DictType.Instance.Address)
            {
                MaybeUntrackDict(op);
            }
        }
    }

    /// <summary>_PyGC_FINALIZED: the object's finalizer (__del__) has run.</summary>
    public static bool IsFinalized(nint o) => (AsGc(o)->Prev & PrevMaskFinalized) != 0;

    public static void SetFinalized(nint o) => AsGc(o)->Prev |= PrevMaskFinalized;

    /// <summary>
    /// handle_weakrefs: weak references to garbage are cleared before anything else; callbacks run only for
    /// weak references that are not garbage themselves.
    /// </summary>
    private static void HandleWeakrefs(Head* unreachable)
    {
        var callbacks = new List<nint>();
        for (Head* g = GetNext(unreachable); g != unreachable; g = GetNext(g))
        {
            WeakRefType.ClearForCollection(FromGc(g), static wr => IsCollecting(AsGc(wr)), callbacks);
        }
        WeakRefType.RunCallbacks(callbacks);
    }

    /// <summary>finalize_garbage: runs each garbage object's __del__ once (PEP 442) before anything is cleared.</summary>
    private static void FinalizeGarbage(Head* unreachable)
    {
        // Walk the live list (moving each object to 'seen' first): a finalizer may free other garbage, which
        // then leaves the list, so nothing freed is visited (CPython's finalize_garbage).
        Head seen;
        ListInit(&seen);
        while (!ListIsEmpty(unreachable))
        {
            Head* g = GetNext(unreachable);
            nint op = FromGc(g);
            ListMove(g, &seen);
            if (IsFinalized(op))
            {
                continue;
            }
            bool isInstance = Ob.TypeOf(op) is ClassType ct && ct.Lookup("__del__") != 0;
            if (!isInstance && !GeneratorType.NeedsFinalizer(op))
            {
                continue;
            }
            SetFinalized(op);
            Ob.Incref(op);
            if (isInstance)
            {
                ((ClassType)Ob.TypeOf(op)).RunFinalizer(op);
            }
            else
            {
                GeneratorType.Finalize(op);
            }
            Ob.Decref(op);
        }
        ListMerge(&seen, unreachable);
    }


    /// <summary>delete_garbage: tp_clear each unreachable object; survivors move to old.</summary>
    private static void DeleteGarbage(Head* collectable, Head* old)
    {
        while (!ListIsEmpty(collectable))
        {
            Head* g = GetNext(collectable);
            nint op = FromGc(g);
            if ((Debug & DebugSaveAll) != 0)
            {
                nint garbage = Modules.GcModule.GarbageList;
                if (garbage != 0)
                {
                    ListType.Append(garbage, op);
                }
            }
            else
            {
                Ob.Incref(op);
                Ob.TypeOf(op).TpClear(op);
                Ob.Decref(op);
            }
            if (GetNext(collectable) == g)
            {
                ClearCollecting(g);
                ListMove(g, old);
            }
        }
    }

    /// <summary>gc_collect_main: collects generation (and the younger ones); returns unreachable + uncollectable found.</summary>
    public static long CollectMain(int generation)
    {
        if (generation + 1 < NumGenerations)
        {
            Counts[generation + 1] += 1;
        }
        for (int i = 0; i <= generation; i++)
        {
            Counts[i] = 0;
        }
        for (int i = 0; i < generation; i++)
        {
            ListMerge(heads + i, heads + generation);
        }
        Head* young = heads + generation;
        Head* old = generation < NumGenerations - 1 ? heads + generation + 1 : young;

        Head unreachable;
        DeduceUnreachable(young, &unreachable);
        UntrackTuples(young);
        if (young != old)
        {
            if (generation == NumGenerations - 2)
            {
                longLivedPending += ListSize(young);
            }
            ListMerge(young, old);
        }
        else
        {
            // Dicts are only untracked in full collections, to avoid quadratic dict build-up (bpo-14775).
            UntrackDicts(young);
            longLivedPending = 0;
            longLivedTotal = ListSize(young);
        }

        // No legacy finalizers (tp_del) exist: move_legacy_finalizers only clears the unreachable marks.
        Head* next;
        for (Head* g = GetNext(&unreachable); g != &unreachable; g = next)
        {
            g->Next &= ~NextMaskUnreachable;
            next = GetNext(g);
        }

        HandleWeakrefs(&unreachable);
        FinalizeGarbage(&unreachable);

        // handle_resurrected_objects: finalizers may have made some of the garbage reachable again.
        Head finalUnreachable;
        DeduceUnreachable(&unreachable, &finalUnreachable);
        ClearUnreachableMask(&finalUnreachable);
        ListMerge(&unreachable, old);

        long m = ListSize(&finalUnreachable);
        DeleteGarbage(&finalUnreachable, old);

        if (generation == NumGenerations - 1)
        {
            Array.Clear(freeListCounts); // clear_freelists
        }
        StatCollections[generation]++;
        StatCollected[generation] += m;
        return m;
    }

    /// <summary>gc_collect_generations: the automatic collection when gen 0 passes its threshold.</summary>
    private static long CollectGenerations()
    {
        for (int i = NumGenerations - 1; i >= 0; i--)
        {
            if (Counts[i] > Thresholds[i])
            {
                if (i == NumGenerations - 1 && longLivedPending < longLivedTotal / 4)
                {
                    continue;
                }
                return CollectMain(i);
            }
        }
        return 0;
    }

    /// <summary>gc.collect(generation): 0 when a collection is already running.</summary>
    public static long Collect(int generation)
    {
        if (Collecting || heads == null)
        {
            return 0;
        }
        Collecting = true;
        try
        {
            return CollectMain(generation);
        }
        finally
        {
            Collecting = false;
        }
    }

    // ---- introspection (gc.get_objects, get_referrers, get_referents, freeze) ------------------------

    /// <summary>Appends every object tracked in the generation (or all of them for -1) to list, except list itself.</summary>
    public static void AppendObjects(nint list, int generation)
    {
        int lo = generation < 0 ? 0 : generation;
        int hi = generation < 0 ? NumGenerations - 1 : generation;
        for (int i = lo; i <= hi; i++)
        {
            Head* h = heads + i;
            for (Head* g = GetNext(h); g != h; g = GetNext(g))
            {
                nint op = FromGc(g);
                if (op != list)
                {
                    ListType.Append(list, op);
                }
            }
        }
    }

    private static void VisitAppend(nint op, nint list) => ListType.Append(list, op);

    /// <summary>gc.get_referents for one object: appends what its traverse visits.</summary>
    public static void AppendReferents(nint list, nint o)
    {
        if (IsGcObject(o))
        {
            Ob.TypeOf(o).TpTraverse(o, &VisitAppend, list);
        }
    }

    private struct ReferrerSearch
    {
        public nint* Targets;
        public long Count;
        public bool Found;
    }

    private static void VisitFind(nint op, nint arg)
    {
        var s = (ReferrerSearch*)arg;
        for (long i = 0; i < s->Count; i++)
        {
            if (s->Targets[i] == op)
            {
                s->Found = true;
                return;
            }
        }
    }

    /// <summary>gc.get_referrers: every tracked object whose traverse visits one of targets (the args tuple).</summary>
    public static void AppendReferrers(nint list, nint targetsTuple)
    {
        ReferrerSearch search;
        search.Targets = TupleType.Items(targetsTuple);
        search.Count = TupleType.Count(targetsTuple);
        for (int i = 0; i < NumGenerations; i++)
        {
            Head* h = heads + i;
            for (Head* g = GetNext(h); g != h; g = GetNext(g))
            {
                nint op = FromGc(g);
                if (op == targetsTuple || op == list)
                {
                    continue;
                }
                search.Found = false;
                Ob.TypeOf(op).TpTraverse(op, &VisitFind, (nint)(&search));
                if (search.Found)
                {
                    ListType.Append(list, op);
                }
            }
        }
    }

    public static long GenerationSize(int generation) => ListSize(heads + generation);

    /// <summary>gc.freeze: every tracked object moves to the permanent generation.</summary>
    public static void Freeze()
    {
        for (int i = 0; i < NumGenerations; i++)
        {
            ListMerge(heads + i, Permanent);
            Counts[i] = 0;
        }
    }

    /// <summary>gc.unfreeze: the permanent generation goes back into the oldest one.</summary>
    public static void Unfreeze() => ListMerge(Permanent, heads + NumGenerations - 1);

    public static long FreezeCount() => ListSize(Permanent);
}
