// Mirrors CPython Python/compile.c and Python/flowgraph.c (3.12): AST to bytecode, with the same
// instruction shapes where they change reference counts (calls, method loads, folded tuples, swaps).
using RefPy.Compiler.Syntax;
using RefPy.Runtime.Objects;
using RefPy.Runtime.Vm;
using Compare = RefPy.Compiler.Syntax.Compare;

namespace RefPy.Compiler.CodeGen;

/// <summary>Compiles one code unit (module or function body) into a code object.</summary>
internal sealed unsafe class CodeGenerator
{
    private readonly CompileContext ctx;
    private readonly Scope scope;
    private readonly string name;
    private readonly string qualName;
    private readonly List<int> code = new();
    private readonly List<SourcePosition> positions = new();
    private readonly List<nint> consts = new();
    private readonly Dictionary<nint, int> constIndex = new();
    private readonly List<string> names = new();
    private readonly Dictionary<string, int> nameIndex = new(StringComparer.Ordinal);
    private readonly List<LoopInfo> loops = new();
    /// <summary>What a return/break/continue must undo on its way out (compile.c's fblock stack).</summary>
    private readonly List<FBlock> fblocks = new();
    /// <summary>Protected instruction ranges: [start, end) jumps to handler with the stack cut to depth.</summary>
    private readonly List<(int Start, int End, Label Handler, int Depth)> regions = new();

    private enum FKind { ForLoop, WhileLoop, TryFinally, Handler, FinallyExc, With }

    private sealed record FBlock(FKind Kind, LoopInfo? Loop = null, List<Stmt>? Final = null, string? Name = null);
    private int depth;
    private int maxDepth;
    private SourcePosition pos;

    private sealed class Label
    {
        public int Target = -1;
        public readonly List<int> Patches = new();
    }

    private sealed class LoopInfo(Label continueLabel, Label breakLabel, bool isFor)
    {
        public Label Continue { get; } = continueLabel;
        public Label Break { get; } = breakLabel;
        public bool IsFor { get; } = isFor;
    }

    public CodeGenerator(CompileContext ctx, Scope scope, string name, string qualName)
    {
        this.ctx = ctx;
        this.scope = scope;
        this.name = name;
        this.qualName = qualName;
    }

    // ---- emission -------------------------------------------------------------------------------

    /// <summary>The generator's running stack depth before each instruction (to check against the flow analysis).</summary>
    private readonly List<int> trackedDepth = new();

    private void Emit(OpCode op, int arg = 0)
    {
        trackedDepth.Add(depth);
        code.Add((int)op | (arg << 8));
        positions.Add(pos);
        depth += StackEffect(op, arg);
        if (depth > maxDepth)
        {
            maxDepth = depth;
        }
    }

    private void EmitJump(OpCode op, Label target)
    {
        if (target.Target >= 0)
        {
            Emit(op, target.Target);
        }
        else
        {
            target.Patches.Add(code.Count);
            Emit(op, 0);
        }
    }

    private void Mark(Label l)
    {
        l.Target = code.Count;
        foreach (int at in l.Patches)
        {
            code[at] = (code[at] & 0xFF) | (l.Target << 8);
        }
    }

    private static int StackEffect(OpCode op, int arg) => op switch
    {
        OpCode.PopTop => -1,
        OpCode.PushNull => 1,
        OpCode.Copy => 1,
        OpCode.LoadConst or OpCode.LoadFast or OpCode.LoadName => 1,
        OpCode.LoadGlobal => 1 + (arg & 1),
        OpCode.StoreFast or OpCode.StoreName or OpCode.StoreGlobal => -1,
        OpCode.LoadAttr => arg & 1,
        OpCode.StoreAttr => -2,
        OpCode.BinaryOp or OpCode.CompareOp or OpCode.IsOp or OpCode.ContainsOp or OpCode.BinarySubscr => -1,
        OpCode.StoreSubscr => -3,
        OpCode.DeleteSubscr => -2,
        OpCode.BinarySlice => -2,
        OpCode.StoreSlice => -4,
        OpCode.BuildSlice => 1 - arg,
        OpCode.BuildList or OpCode.BuildTuple or OpCode.BuildSet => 1 - arg,
        OpCode.BuildMap => 1 - 2 * arg,
        OpCode.BuildConstKeyMap => -arg,
        OpCode.ListExtend or OpCode.SetUpdate or OpCode.ListAppend or OpCode.SetAdd => -1,
        OpCode.MapAdd => -2,
        OpCode.UnpackSequence => arg - 1,
        OpCode.UnpackEx => (arg & 0xFF) + (arg >> 8),
        OpCode.ForIter => 1,
        OpCode.PopJumpIfFalse or OpCode.PopJumpIfTrue or OpCode.PopJumpIfNone or OpCode.PopJumpIfNotNone => -1,
        OpCode.MakeFunction => -(((arg & 1) != 0 ? 1 : 0) + ((arg & 2) != 0 ? 1 : 0) + ((arg & 8) != 0 ? 1 : 0)),
        OpCode.Call => -1 - arg,
        OpCode.ImportName => -1,
        OpCode.ImportFrom => 1,
        OpCode.BuildString => 1 - arg,
        OpCode.FormatValue => (arg & 4) != 0 ? -1 : 0,
        OpCode.ReturnValue => -1,
        OpCode.LoadFastAndClear or OpCode.LoadDeref or OpCode.LoadClosure or OpCode.LoadClassDeref or OpCode.LoadBuildClass => 1,
        OpCode.StoreDeref or OpCode.DeleteAttr or OpCode.DictMerge or OpCode.DictUpdate or OpCode.PopExcept or OpCode.Reraise => -1,
        OpCode.PushExcInfo or OpCode.ReturnGenerator or OpCode.BeforeWith or OpCode.WithExceptStart => 1,
        OpCode.Raise => -arg,
        OpCode.CallFunctionEx => -2 - (arg & 1),
        OpCode.RaiseAssertion => -arg,
        _ => 0,
    };

    private void At(Node n)
    {
        pos = new SourcePosition(n.Line, n.EndLine, n.Col, n.EndCol);
    }

    private int Const(nint o)
    {
        if (!constIndex.TryGetValue(o, out int i))
        {
            i = consts.Count;
            consts.Add(o);
            constIndex[o] = i;
        }
        return i;
    }

    private readonly List<int> derefPatches = new();

    /// <summary>Emits an instruction on a cell or free variable; its slot is fixed in <see cref="Finish"/>.</summary>
    private void EmitDerefSlot(OpCode op, int derefIndex)
    {
        derefPatches.Add(code.Count);
        Emit(op, derefIndex);
    }

    private int NameArg(string n)
    {
        if (!nameIndex.TryGetValue(n, out int i))
        {
            i = names.Count;
            names.Add(n);
            nameIndex[n] = i;
        }
        return i;
    }

    private PyCompileError Error(Node at, string msg) => new(msg, at.Line, at.Col);

    // ---- units ----------------------------------------------------------------------------------

    public nint CompileModule(List<Stmt> body, bool isEval, Expr? evalExpr)
    {
        if (isEval)
        {
            At(evalExpr!);
            Visit(evalExpr!);
            Emit(OpCode.ReturnValue);
            return Finish(0, 0, 0, 1);
        }
        int start = 0;
        if (body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value.Kind: ConstantKind.Str } doc })
        {
            At(doc);
            Emit(OpCode.LoadConst, Const(ctx.Constants.FromAst(doc.Value)));
            Emit(OpCode.StoreName, NameArg("__doc__"));
            start = 1;
        }
        for (int i = start; i < body.Count; i++)
        {
            VisitStmt(body[i]);
        }
        EmitReturnNone();
        return Finish(0, 0, 0, body.Count > 0 ? body[0].Line : 1);
    }

    /// <summary>COPY_FREE_VARS and MAKE_CELL, as CPython's insert_prefix_instructions.</summary>
    private void EmitPrologue()
    {
        if (scope.FreeVars.Count > 0)
        {
            Emit(OpCode.CopyFreeVars, scope.FreeVars.Count);
        }
        for (int i = 0; i < scope.CellVars.Count; i++)
        {
            EmitDerefSlot(OpCode.MakeCell, i);
        }
    }

    /// <summary>Pushes the closure tuple a nested scope needs (if any), then its code, then MAKE_FUNCTION.</summary>
    private void EmitMakeFunction(Scope child, nint codeObj, int flags)
    {
        if (child.FreeVars.Count > 0)
        {
            foreach (string fv in child.FreeVars)
            {
                int d = scope.DerefIndex(fv);
                if (d < 0)
                {
                    throw new InvalidOperationException("closure variable '" + fv + "' not found in enclosing scope");
                }
                EmitDerefSlot(OpCode.LoadClosure, d);
            }
            Emit(OpCode.BuildTuple, child.FreeVars.Count);
            flags |= (int)MakeFunctionFlags.Closure;
        }
        Emit(OpCode.LoadConst, Const(codeObj));
        Emit(OpCode.MakeFunction, flags);
    }

    private void EmitReturnNone()
    {
        Emit(OpCode.ReturnConst, Const(Singletons.None));
    }

    public nint CompileFunction(FunctionDefLike f, bool isLambda, Expr? lambdaBody, int firstLine)
    {
        // co_consts[0] is the docstring or None, as in CPython.
        nint doc = 0;
        hasVarArgs = f.Args.VarArg is not null;
        hasVarKeywords = f.Args.KwArg is not null;
        EmitPrologue();
        if (scope.IsGenerator)
        {
            Emit(OpCode.ReturnGenerator);
            Emit(OpCode.PopTop);
        }
        List<Stmt> body = f.Body;
        if (!isLambda)
        {
            if (body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value.Kind: ConstantKind.Str } d })
            {
                doc = ctx.Constants.FromAst(d.Value);
                Const(doc);
            }
            else
            {
                Const(Singletons.None);
            }
            VisitBody(body);
            if (body.Count == 0 || body[^1] is not Return)
            {
                EmitReturnNone();
            }
        }
        else
        {
            At(lambdaBody!);
            Visit(lambdaBody!);
            Emit(OpCode.ReturnValue);
        }
        return Finish(f.Args.PosOnlyArgs.Count + f.Args.Args.Count, f.Args.PosOnlyArgs.Count, f.Args.KwOnlyArgs.Count, firstLine, doc);
    }

    private bool hasVarArgs, hasVarKeywords;

    /// <summary>
    /// The exception table, each handler's stack depth taken from a flow analysis of the finished code (like
    /// CPython's stackdepth()), so a slip in the generator's running count cannot make a handler cut the value
    /// stack at the wrong place. Also raises maxDepth to what the analysis finds.
    /// </summary>
    private int[] ExceptionTableWithFlowDepths()
    {
        int n = code.Count;
        int[] depthAt = new int[n];
        Array.Fill(depthAt, -1);
        var work = new Stack<(int Pc, int Depth)>();
        void Seed(int pc, int d)
        {
            if (pc >= 0 && pc < n && depthAt[pc] < 0)
            {
                depthAt[pc] = d;
                work.Push((pc, d));
            }
        }
        Seed(0, 0);
        bool seeded = true;
        while (seeded)
        {
            while (work.Count > 0)
            {
                (int pc, int d) = work.Pop();
                var op = (OpCode)(code[pc] & 0xFF);
                int arg = code[pc] >> 8;
                if (d > maxDepth)
                {
                    maxDepth = d;
                }
                switch (op)
                {
                    case OpCode.Jump:
                        Seed(arg, d);
                        break;
                    case OpCode.PopJumpIfFalse or OpCode.PopJumpIfTrue or OpCode.PopJumpIfNone or OpCode.PopJumpIfNotNone:
                        Seed(arg, d - 1);
                        Seed(pc + 1, d - 1);
                        break;
                    case OpCode.ForIter:
                        Seed(arg, d - 1);
                        Seed(pc + 1, d + 1);
                        break;
                    case OpCode.Send:
                        Seed(arg, d - 1);
                        Seed(pc + 1, d);
                        break;
                    case OpCode.ReturnValue or OpCode.ReturnConst or OpCode.Raise or OpCode.Reraise or OpCode.RaiseAssertion:
                        break;
                    default:
                        Seed(pc + 1, d + StackEffect(op, arg));
                        break;
                }
            }
            seeded = false;
            foreach (var r in regions)
            {
                if (depthAt[r.Start] >= 0 && r.Handler.Target >= 0 && depthAt[r.Handler.Target] < 0)
                {
                    Seed(r.Handler.Target, depthAt[r.Start] - (trackedDepth[r.Start] - r.Depth) + 1);
                    seeded = true;
                }
            }
        }
        var table = new int[regions.Count * 4];
        for (int i = 0; i < regions.Count; i++)
        {
            var r = regions[i];
            table[4 * i] = r.Start;
            table[4 * i + 1] = r.End;
            table[4 * i + 2] = r.Handler.Target;
            // A handler may keep fewer items than the region's first instruction sees (a with block drops the
            // entered value, a handler's own cleanup drops the exception it was handling): keep that difference,
            // measured on the running count, but anchor it to the analysed depth.
            int drop = trackedDepth[r.Start] - r.Depth;
            table[4 * i + 3] = depthAt[r.Start] >= 0 ? depthAt[r.Start] - drop : r.Depth;
        }
        return table;
    }

    private nint Finish(int argCount, int posOnly, int kwOnly, int firstLine, nint doc = 0)
    {
        nint constTuple = TupleType.New(consts.Count);
        for (int i = 0; i < consts.Count; i++)
        {
            TupleType.SetItemInit(constTuple, i, Ob.NewRef(consts[i]));
        }
        nint namesTuple = TupleType.New(names.Count);
        for (int i = 0; i < names.Count; i++)
        {
            TupleType.SetItemInit(namesTuple, i, StrObject.Intern(names[i]));
        }
        string[] locals = scope.Locals.ToArray();
        // Cell variables that are also locals keep the local's slot; the rest, then free variables, follow.
        var localsPlus = new List<string>(locals);
        var derefSlots = new List<int>();
        foreach (string c in scope.CellVars)
        {
            int li = scope.IsFunction ? scope.LocalIndex(c) : -1;
            if (li < 0)
            {
                li = localsPlus.Count;
                localsPlus.Add(c);
            }
            derefSlots.Add(li);
        }
        foreach (string f in scope.FreeVars)
        {
            derefSlots.Add(localsPlus.Count);
            localsPlus.Add(f);
        }
        foreach (int at in derefPatches)
        {
            int d = code[at] >> 8;
            code[at] = (code[at] & 0xFF) | (derefSlots[d] << 8);
        }
        nint varNames = TupleType.New(locals.Length);
        for (int i = 0; i < locals.Length; i++)
        {
            TupleType.SetItemInit(varNames, i, StrObject.Intern(locals[i]));
        }
        var info = new CodeInfo
        {
            Instructions = code.ToArray(),
            Positions = positions.ToArray(),
            Name = name,
            QualName = qualName,
            Filename = ctx.Filename,
            FirstLine = firstLine,
            ArgCount = argCount,
            PosOnlyArgCount = posOnly,
            KwOnlyArgCount = kwOnly,
            IsModule = scope.IsModule,
            VarNames = localsPlus.ToArray(),
            ExceptionTable = ExceptionTableWithFlowDepths(),
            CellCount = scope.CellVars.Count,
            CellNames = scope.CellVars.ToArray(),
            FreeCount = scope.FreeVars.Count,
            HasVarArgs = hasVarArgs,
            HasVarKeywords = hasVarKeywords,
            IsGenerator = scope.IsGenerator,
            StackSize = maxDepth + 8,
            Consts = constTuple,
            Names = namesTuple,
            VarNamesTuple = varNames,
            DocString = doc,
        };
        return CodeType.New(info);
    }

    // ---- statements -----------------------------------------------------------------------------

    private void VisitStmt(Stmt s)
    {
        At(s);
        switch (s)
        {
            case ExprStmt e:
                if (e.Value is Constant)
                {
                    return; // constant expression statements are dropped
                }
                Visit(e.Value);
                At(s);
                Emit(OpCode.PopTop);
                break;
            case Assign a:
                VisitAssign(a);
                break;
            case AugAssign au:
                VisitAugAssign(au);
                break;
            case AnnAssign an:
                VisitAnnAssign(an);
                break;
            case Delete d:
                foreach (Expr t in d.Targets)
                {
                    DeleteTarget(t);
                }
                break;
            case Pass:
                break;
            case If i:
                VisitIf(i);
                break;
            case While w:
                VisitWhile(w);
                break;
            case For f:
                VisitFor(f);
                break;
            case Break:
            case Continue:
            {
                bool isBreak = s is Break;
                if (loops.Count == 0)
                {
                    throw Error(s, isBreak ? "'break' outside loop" : "'continue' not properly in loop");
                }
                int d0 = depth;
                LoopInfo? target = null;
                for (int i = fblocks.Count - 1; i >= 0 && target is null; i--)
                {
                    FBlock fb = fblocks[i];
                    if (fb.Loop is not null)
                    {
                        target = fb.Loop;
                        if (isBreak)
                        {
                            Unwind(i, false);
                        }
                    }
                    else
                    {
                        Unwind(i, false);
                    }
                }
                At(s);
                EmitJump(OpCode.Jump, isBreak ? target!.Break : target!.Continue);
                depth = d0;
                break;
            }
            case Try t:
                VisitTry(t);
                break;
            case With w:
                if (w.IsAsync)
                {
                    throw Error(w, "'async with' is not supported");
                }
                VisitWith(w, 0);
                break;
            case Raise rs:
                if (rs.Exc is not null)
                {
                    Visit(rs.Exc);
                }
                if (rs.Cause is not null)
                {
                    Visit(rs.Cause);
                }
                At(rs);
                Emit(OpCode.Raise, rs.Exc is null ? 0 : rs.Cause is null ? 1 : 2);
                break;
            case Return r:
                VisitReturn(r);
                break;
            case FunctionDef fd:
                VisitFunctionDef(fd);
                break;
            case ClassDef cd:
                VisitClassDef(cd);
                break;
            case Global:
            case Nonlocal:
                break;
            case Import im:
                foreach (Alias al in im.Names)
                {
                    Emit(OpCode.LoadConst, Const(IntType.FromLong(0)));
                    Emit(OpCode.LoadConst, Const(Singletons.None));
                    Emit(OpCode.ImportName, NameArg(al.Name));
                    StoreName(al.AsName ?? al.Name.Split('.')[0]);
                }
                break;
            case ImportFrom imf:
            {
                Emit(OpCode.LoadConst, Const(IntType.FromLong(imf.Level)));
                var fromNames = imf.Names.Select(al => ctx.Constants.Str(al.Name)).ToList();
                Emit(OpCode.LoadConst, Const(ctx.Constants.Tuple(fromNames, false, fromParser: false)));
                Emit(OpCode.ImportName, NameArg(imf.Module ?? ""));
                foreach (Alias al in imf.Names)
                {
                    if (al.Name == "*")
                    {
                        throw Error(s, "'import *' is not supported yet");
                    }
                    Emit(OpCode.ImportFrom, NameArg(al.Name));
                    StoreName(al.AsName ?? al.Name);
                }
                Emit(OpCode.PopTop);
                break;
            }
            case Assert asr:
            {
                var end = new Label();
                Visit(asr.Test);
                EmitJump(OpCode.PopJumpIfTrue, end);
                if (asr.Msg is not null)
                {
                    Visit(asr.Msg);
                }
                At(s);
                Emit(OpCode.RaiseAssertion, asr.Msg is null ? 0 : 1);
                Mark(end);
                break;
            }
            default:
                throw Error(s, "'" + s.GetType().Name + "' statements are not supported yet");
        }
    }

    private void VisitBody(List<Stmt> body)
    {
        foreach (Stmt s in body)
        {
            VisitStmt(s);
        }
    }

    private void VisitAssign(Assign a)
    {
        // a, b = x, y (same length, no starred): evaluate, then SWAP instead of building a tuple (flowgraph.c).
        if (a.Targets.Count == 1 && a.Targets[0] is TupleExpr or List && a.Value is TupleExpr tv &&
            Elts(a.Targets[0]).Count == tv.Elts.Count && tv.Elts.Count is 2 or 3 && !tv.Elts.Any(e => e is Starred) && !Elts(a.Targets[0]).Any(e => e is Starred))
        {
            foreach (Expr e in tv.Elts)
            {
                Visit(e);
            }
            At(a);
            Emit(OpCode.Swap, tv.Elts.Count);
            foreach (Expr t in Elts(a.Targets[0]))
            {
                Store(t);
            }
            return;
        }
        Visit(a.Value);
        for (int i = 0; i < a.Targets.Count; i++)
        {
            if (i < a.Targets.Count - 1)
            {
                Emit(OpCode.Copy, 1);
            }
            Store(a.Targets[i]);
        }
    }

    private static List<Expr> Elts(Expr e) => e is TupleExpr t ? t.Elts : ((List)e).Elts;

    private void VisitAugAssign(AugAssign au)
    {
        int op = (int)InplaceOp(au.Op);
        switch (au.Target)
        {
            case Name n:
                LoadName(n.Id, n);
                Visit(au.Value);
                At(au);
                Emit(OpCode.BinaryOp, op);
                StoreName(n.Id);
                break;
            case Subscript sub:
                Visit(sub.Value);
                Visit(sub.Slice);
                Emit(OpCode.Copy, 2);
                Emit(OpCode.Copy, 2);
                AtWithAnchor(sub, SubscriptAnchor(sub));
                Emit(OpCode.BinarySubscr);
                Visit(au.Value);
                At(au);
                Emit(OpCode.BinaryOp, op);
                Emit(OpCode.Swap, 3);
                Emit(OpCode.Swap, 2);
                AtWithAnchor(sub, SubscriptAnchor(sub));
                Emit(OpCode.StoreSubscr);
                break;
            case AttributeExpr attr:
                Visit(attr.Value);
                Emit(OpCode.Copy, 1);
                At(attr);
                Emit(OpCode.LoadAttr, NameArg(attr.Attr) << 1);
                Visit(au.Value);
                At(au);
                Emit(OpCode.BinaryOp, op);
                Emit(OpCode.Swap, 2);
                Emit(OpCode.StoreAttr, NameArg(attr.Attr));
                break;
            default:
                throw Error(au, "illegal expression for augmented assignment");
        }
    }

    private void VisitIf(If i)
    {
        var orelse = new Label();
        var end = new Label();
        Visit(i.Test);
        EmitJump(OpCode.PopJumpIfFalse, orelse);
        VisitBody(i.Body);
        if (i.Orelse.Count > 0)
        {
            EmitJump(OpCode.Jump, end);
        }
        Mark(orelse);
        VisitBody(i.Orelse);
        Mark(end);
    }

    private void VisitWhile(While w)
    {
        var start = new Label();
        var orelse = new Label();
        var end = new Label();
        Mark(start);
        Visit(w.Test);
        EmitJump(OpCode.PopJumpIfFalse, orelse);
        var loop = new LoopInfo(start, end, false);
        loops.Add(loop);
        fblocks.Add(new FBlock(FKind.WhileLoop, loop));
        VisitBody(w.Body);
        fblocks.RemoveAt(fblocks.Count - 1);
        loops.RemoveAt(loops.Count - 1);
        At(w);
        EmitJump(OpCode.Jump, start);
        Mark(orelse);
        VisitBody(w.Orelse);
        Mark(end);
    }

    private void VisitFor(For f)
    {
        var start = new Label();
        var exhausted = new Label();
        var end = new Label();
        f.Iter = ConstantFolder.FoldIterable(f.Iter);
        Visit(f.Iter);
        At(f);
        Emit(OpCode.GetIter);
        Mark(start);
        At(f);
        EmitJump(OpCode.ForIter, exhausted);
        Store(f.Target);
        var loop = new LoopInfo(start, end, true);
        loops.Add(loop);
        fblocks.Add(new FBlock(FKind.ForLoop, loop));
        VisitBody(f.Body);
        fblocks.RemoveAt(fblocks.Count - 1);
        loops.RemoveAt(loops.Count - 1);
        At(f);
        EmitJump(OpCode.Jump, start);
        Mark(exhausted);
        depth -= 1; // the iterator is gone on exhaustion
        VisitBody(f.Orelse);
        Mark(end);
    }

    private void VisitReturn(Return r)
    {
        if (!scope.IsFunction)
        {
            throw Error(r, "'return' outside function");
        }
        int d0 = depth;
        bool preserve = r.Value is not null && r.Value is not Constant;
        if (preserve)
        {
            Visit(r.Value!);
        }
        for (int i = fblocks.Count - 1; i >= 0; i--)
        {
            Unwind(i, preserve);
        }
        At(r);
        if (preserve)
        {
            Emit(OpCode.ReturnValue);
        }
        else
        {
            Emit(OpCode.ReturnConst, Const(r.Value is Constant c ? ctx.Constants.FromAst(c.Value) : Singletons.None));
        }
        depth = d0;
    }

    /// <summary>Emits what leaving fblocks[index] early needs (compile.c compiler_unwind_fblock).</summary>
    private void Unwind(int index, bool preserveTop)
    {
        FBlock fb = fblocks[index];
        switch (fb.Kind)
        {
            case FKind.ForLoop:
            case FKind.FinallyExc:
                if (preserveTop)
                {
                    Emit(OpCode.Swap, 2);
                }
                Emit(OpCode.PopTop);
                break;
            case FKind.Handler:
                if (preserveTop)
                {
                    Emit(OpCode.Swap, 2);
                }
                Emit(OpCode.PopExcept);
                if (fb.Name is not null)
                {
                    ClearHandlerName(fb.Name);
                }
                break;
            case FKind.With:
                // Leaving a with block early calls __exit__(None, None, None).
                if (preserveTop)
                {
                    Emit(OpCode.Swap, 2);
                }
                Emit(OpCode.LoadConst, Const(Singletons.None));
                Emit(OpCode.LoadConst, Const(Singletons.None));
                Emit(OpCode.LoadConst, Const(Singletons.None));
                Emit(OpCode.Call, 2);
                Emit(OpCode.PopTop);
                break;
            case FKind.TryFinally:
            {
                // The finally body runs with the blocks outside the try active.
                var saved = fblocks.GetRange(index, fblocks.Count - index);
                fblocks.RemoveRange(index, fblocks.Count - index);
                VisitBody(fb.Final!);
                fblocks.AddRange(saved);
                break;
            }
        }
    }

    /// <summary>except E as name: name = None; del name (so the exception does not live on in a cycle).</summary>
    private void ClearHandlerName(string name)
    {
        Emit(OpCode.LoadConst, Const(Singletons.None));
        StoreName(name);
        DeleteName(name);
    }

    private void AddRegion(int start, Label handler, int stackDepth)
    {
        if (code.Count > start)
        {
            regions.Add((start, code.Count, handler, stackDepth));
        }
    }

    private void VisitTry(Try t)
    {
        if (t.IsStar)
        {
            throw Error(t, "'except*' is not supported yet");
        }
        if (t.Finalbody.Count == 0)
        {
            VisitTryExcept(t);
            return;
        }
        int d = depth;
        var handler = new Label();
        var cleanup = new Label();
        var end = new Label();
        int start = code.Count;
        fblocks.Add(new FBlock(FKind.TryFinally, Final: t.Finalbody));
        if (t.Handlers.Count > 0)
        {
            VisitTryExcept(t);
        }
        else
        {
            VisitBody(t.Body);
        }
        fblocks.RemoveAt(fblocks.Count - 1);
        AddRegion(start, handler, d);
        VisitBody(t.Finalbody);
        EmitJump(OpCode.Jump, end);
        // Exceptional path: [exc] -> [prev, exc]; run the finally body; re-raise.
        Mark(handler);
        depth = d + 1;
        At(t);
        Emit(OpCode.PushExcInfo);
        int fstart = code.Count;
        fblocks.Add(new FBlock(FKind.Handler));
        fblocks.Add(new FBlock(FKind.FinallyExc));
        VisitBody(t.Finalbody);
        fblocks.RemoveRange(fblocks.Count - 2, 2);
        AddRegion(fstart, cleanup, d + 1);
        EmitRestoreAndReraise();
        // An exception inside the finally body: [prev, exc2] -> restore, re-raise exc2.
        Mark(cleanup);
        depth = d + 2;
        EmitRestoreAndReraise();
        Mark(end);
        depth = d;
    }

    /// <summary>with A as a, B as b: one BEFORE_WITH per item, nested, as compile.c does.</summary>
    private void VisitWith(With w, int item)
    {
        WithItem it = w.Items[item];
        int d = depth;
        var handler = new Label();
        var restore = new Label();
        var suppress = new Label();
        var end = new Label();
        Visit(it.ContextExpr);
        At(w);
        Emit(OpCode.BeforeWith);
        // [exit, entered]
        int start = code.Count;
        if (it.OptionalVars is not null)
        {
            Store(it.OptionalVars);
        }
        else
        {
            Emit(OpCode.PopTop);
        }
        fblocks.Add(new FBlock(FKind.With));
        if (item + 1 < w.Items.Count)
        {
            VisitWith(w, item + 1);
        }
        else
        {
            VisitBody(w.Body);
        }
        fblocks.RemoveAt(fblocks.Count - 1);
        AddRegion(start, handler, d + 1);
        At(w);
        Emit(OpCode.LoadConst, Const(Singletons.None));
        Emit(OpCode.LoadConst, Const(Singletons.None));
        Emit(OpCode.LoadConst, Const(Singletons.None));
        Emit(OpCode.Call, 2);
        Emit(OpCode.PopTop);
        EmitJump(OpCode.Jump, end);
        // [exit, exc] -> [exit, prev, exc] -> __exit__(type, exc, tb)
        Mark(handler);
        depth = d + 2;
        Emit(OpCode.PushExcInfo);
        int callStart = code.Count;
        Emit(OpCode.WithExceptStart);
        AddRegion(callStart, restore, d + 2);
        EmitJump(OpCode.PopJumpIfTrue, suppress);
        EmitRestoreAndReraise();
        Mark(suppress);
        depth = d + 3;
        Emit(OpCode.PopTop);
        Emit(OpCode.PopExcept);
        Emit(OpCode.PopTop);
        EmitJump(OpCode.Jump, end);
        Mark(restore);
        depth = d + 3;
        EmitRestoreAndReraise();
        Mark(end);
        depth = d;
    }

    /// <summary>[prev, exc] -> restore the previously handled exception, then re-raise exc.</summary>
    private void EmitRestoreAndReraise()
    {
        Emit(OpCode.Swap, 2);
        Emit(OpCode.PopExcept);
        Emit(OpCode.Reraise);
    }

    private void VisitTryExcept(Try t)
    {
        int d = depth;
        var handler = new Label();
        var end = new Label();
        int start = code.Count;
        VisitBody(t.Body);
        AddRegion(start, handler, d);
        VisitBody(t.Orelse);
        EmitJump(OpCode.Jump, end);
        // [exc] -> [prev, exc]
        Mark(handler);
        depth = d + 1;
        At(t);
        Emit(OpCode.PushExcInfo);
        var restore = new Label(); // an exception while matching: [prev, exc2]
        foreach (ExceptHandler h in t.Handlers)
        {
            At(h);
            var next = new Label();
            if (h.Type is not null)
            {
                int checkStart = code.Count;
                Visit(h.Type);
                At(h);
                Emit(OpCode.CheckExcMatch);
                AddRegion(checkStart, restore, d + 1);
                EmitJump(OpCode.PopJumpIfFalse, next);
            }
            if (h.Name is not null)
            {
                StoreName(h.Name);
            }
            else
            {
                Emit(OpCode.PopTop);
            }
            // [prev]: the handler body, with a cleanup that clears the name and restores the exception state.
            var bodyCleanup = new Label();
            int bodyStart = code.Count;
            fblocks.Add(new FBlock(FKind.Handler, Name: h.Name));
            VisitBody(h.Body);
            fblocks.RemoveAt(fblocks.Count - 1);
            AddRegion(bodyStart, bodyCleanup, d + 1);
            At(h);
            Emit(OpCode.PopExcept);
            if (h.Name is not null)
            {
                ClearHandlerName(h.Name);
            }
            EmitJump(OpCode.Jump, end);
            Mark(bodyCleanup);
            depth = d + 2;
            if (h.Name is not null)
            {
                ClearHandlerName(h.Name);
            }
            EmitRestoreAndReraise();
            Mark(next);
            depth = d + 2;
            if (h.Type is null)
            {
                break;
            }
        }
        // No handler matched: [prev, exc] -> restore and re-raise.
        EmitRestoreAndReraise();
        Mark(restore);
        depth = d + 2;
        EmitRestoreAndReraise();
        Mark(end);
        depth = d;
    }

    private void VisitFunctionDef(FunctionDef fd)
    {
        foreach (Expr d in fd.DecoratorList)
        {
            Visit(d);
        }
        At(fd);
        int flags = EmitDefaults(fd.Args);
        var f = new FunctionDefLike(fd.Name, fd.Args, fd.Body);
        string qn = scope.IsModule ? fd.Name : scope.IsClass ? qualName + "." + fd.Name : qualName + ".<locals>." + fd.Name;
        Scope child = Scope.ForFunction(f, scope);
        var gen = new CodeGenerator(ctx, child, fd.Name, qn);
        nint codeObj = gen.CompileFunction(f, false, null, fd.Line);
        ctx.Own(codeObj);
        At(fd);
        EmitMakeFunction(child, codeObj, flags);
        for (int i = 0; i < fd.DecoratorList.Count; i++)
        {
            Emit(OpCode.Call, 0);
        }
        StoreName(fd.Name);
    }

    private void VisitClassDef(ClassDef cd)
    {
        foreach (Expr d in cd.DecoratorList)
        {
            Visit(d);
        }
        At(cd);
        Emit(OpCode.PushNull);
        Emit(OpCode.LoadBuildClass);
        string qn = scope.IsModule ? cd.Name : scope.IsClass ? qualName + "." + cd.Name : qualName + ".<locals>." + cd.Name;
        PrivateNames.Mangle(cd);
        Scope child = Scope.ForClass(cd, scope);
        var gen = new CodeGenerator(ctx, child, cd.Name, qn);
        nint codeObj = gen.CompileClassBody(cd);
        ctx.Own(codeObj);
        At(cd);
        EmitMakeFunction(child, codeObj, 0);
        Emit(OpCode.LoadConst, Const(ctx.Constants.Str(cd.Name)));
        foreach (Expr b in cd.Bases)
        {
            if (b is Starred)
            {
                throw Error(b, "starred base classes are not supported yet");
            }
            Visit(b);
        }
        foreach (Keyword k in cd.Keywords)
        {
            if (k.Arg is null)
            {
                throw Error(cd, "'**' in class keywords is not supported yet");
            }
            Visit(k.Value);
        }
        At(cd);
        if (cd.Keywords.Count > 0)
        {
            var kw = cd.Keywords.Select(k => ctx.Constants.Str(k.Arg!)).ToList();
            Emit(OpCode.KwNames, Const(ctx.Constants.Tuple(kw, false, fromParser: false)));
        }
        Emit(OpCode.Call, 2 + cd.Bases.Count + cd.Keywords.Count);
        for (int i = 0; i < cd.DecoratorList.Count; i++)
        {
            Emit(OpCode.Call, 0);
        }
        StoreName(cd.Name);
    }

    /// <summary>A class body: __module__ and __qualname__, the docstring, the statements, then the __class__ cell.</summary>
    public nint CompileClassBody(ClassDef cd)
    {
        EmitPrologue();
        At(cd);
        Emit(OpCode.LoadName, NameArg("__name__"));
        Emit(OpCode.StoreName, NameArg("__module__"));
        Emit(OpCode.LoadConst, Const(ctx.Constants.Str(qualName)));
        Emit(OpCode.StoreName, NameArg("__qualname__"));
        List<Stmt> body = cd.Body;
        int start = 0;
        if (HasAnnotations(body))
        {
            // SETUP_ANNOTATIONS: a class namespace starts empty, so this creates __annotations__.
            Emit(OpCode.BuildMap, 0);
            Emit(OpCode.StoreName, NameArg("__annotations__"));
        }
        if (body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value.Kind: ConstantKind.Str } doc })
        {
            At(doc);
            Emit(OpCode.LoadConst, Const(ctx.Constants.FromAst(doc.Value)));
            Emit(OpCode.StoreName, NameArg("__doc__"));
            start = 1;
        }
        for (int i = start; i < body.Count; i++)
        {
            VisitStmt(body[i]);
        }
        int classCell = scope.DerefIndex("__class__");
        if (classCell >= 0 && classCell < scope.CellVars.Count)
        {
            EmitDerefSlot(OpCode.LoadClosure, classCell);
            Emit(OpCode.Copy, 1);
            Emit(OpCode.StoreName, NameArg("__classcell__"));
            Emit(OpCode.ReturnValue);
        }
        else
        {
            EmitReturnNone();
        }
        return Finish(0, 0, 0, cd.Line);
    }

    /// <summary>
    /// compiler_annassign: the assignment first; then, in a class body, a simple name's annotation is stored in
    /// __annotations__, and a complex target's annotation (and the target's object and subscript, when there is
    /// no value) is evaluated and discarded. Function bodies and module level evaluate no annotations here.
    /// </summary>
    private void VisitAnnAssign(AnnAssign an)
    {
        if (an.Value is not null)
        {
            Visit(an.Value);
            Store(an.Target);
        }
        if (!scope.IsClass)
        {
            return;
        }
        if (an.Simple && an.Target is Name n)
        {
            Visit(an.Annotation);
            At(an);
            Emit(OpCode.LoadName, NameArg("__annotations__"));
            Emit(OpCode.LoadConst, Const(ctx.Constants.Str(n.Id)));
            Emit(OpCode.StoreSubscr);
            return;
        }
        if (an.Value is null)
        {
            if (an.Target is AttributeExpr at)
            {
                Visit(at.Value);
                Emit(OpCode.PopTop);
            }
            else if (an.Target is Subscript sub)
            {
                Visit(sub.Value);
                Emit(OpCode.PopTop);
                Visit(sub.Slice);
                Emit(OpCode.PopTop);
            }
        }
        Visit(an.Annotation);
        Emit(OpCode.PopTop);
    }

    /// <summary>find_ann: an annotated assignment anywhere in the block (not in nested functions or classes).</summary>
    private static bool HasAnnotations(List<Stmt> body)
    {
        foreach (Stmt s in body)
        {
            bool found = s switch
            {
                AnnAssign => true,
                For f => HasAnnotations(f.Body) || HasAnnotations(f.Orelse),
                While w => HasAnnotations(w.Body) || HasAnnotations(w.Orelse),
                If i => HasAnnotations(i.Body) || HasAnnotations(i.Orelse),
                With w => HasAnnotations(w.Body),
                Try t => HasAnnotations(t.Body) || HasAnnotations(t.Orelse) || HasAnnotations(t.Finalbody) ||
                    t.Handlers.Any(h => HasAnnotations(h.Body)),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }
        return false;
    }

    private int EmitDefaults(Arguments args)
    {
        int flags = 0;
        if (args.Defaults.Count > 0)
        {
            for (int i = 0; i < args.Defaults.Count; i++)
            {
                args.Defaults[i] = ConstantFolder.Fold(args.Defaults[i]);
            }
            if (args.Defaults.All(d => d is Constant))
            {
                // BUILD_TUPLE of constants is folded by the optimizer into one (compiler-made) constant.
                var items = args.Defaults.Select(d => ctx.Constants.FromAst(((Constant)d).Value)).ToList();
                Emit(OpCode.LoadConst, Const(ctx.Constants.Tuple(items, false, fromParser: false)));
            }
            else
            {
                foreach (Expr d in args.Defaults)
                {
                    Visit(d);
                }
                Emit(OpCode.BuildTuple, args.Defaults.Count);
            }
            flags |= 1;
        }
        var kwPairs = args.KwOnlyArgs.Select((a, i) => (a, d: args.KwDefaults[i])).Where(p => p.d is not null).ToList();
        if (kwPairs.Count > 0)
        {
            foreach (var p in kwPairs)
            {
                Visit(ConstantFolder.Fold(p.d!));
            }
            var keys = kwPairs.Select(p => ctx.Constants.Str(p.a.Name)).ToList();
            Emit(OpCode.LoadConst, Const(ctx.Constants.Tuple(keys, false, fromParser: false)));
            Emit(OpCode.BuildConstKeyMap, kwPairs.Count);
            flags |= 2;
        }
        return flags;
    }

    // ---- names and targets ------------------------------------------------------------------------

    /// <summary>Names bound by the comprehensions being inlined right now (PEP 709): they are fast locals.</summary>
    private readonly List<HashSet<string>> inlined = new();

    private bool IsInlined(string id)
    {
        foreach (HashSet<string> set in inlined)
        {
            if (set.Contains(id))
            {
                return true;
            }
        }
        return false;
    }

    private NameKind Kind(string id) => IsInlined(id) ? (scope.IsCell(id) ? NameKind.Cell : NameKind.Fast) : scope.Resolve(id);

    private void EmitDeref(OpCode op, string id) => EmitDerefSlot(op, scope.DerefIndex(id));

    private void LoadName(string id, Node at, bool pushNull = false)
    {
        At(at);
        NameKind kind = Kind(id);
        if (pushNull && kind is not (NameKind.GlobalExplicit or NameKind.GlobalImplicit))
        {
            Emit(OpCode.PushNull);
        }
        switch (kind)
        {
            case NameKind.Name:
                Emit(OpCode.LoadName, NameArg(id));
                break;
            case NameKind.Fast:
                Emit(OpCode.LoadFast, scope.AddLocal(id));
                break;
            case NameKind.Cell:
            case NameKind.Free:
                EmitDeref(scope.IsClass ? OpCode.LoadClassDeref : OpCode.LoadDeref, id);
                break;
            default:
                Emit(OpCode.LoadGlobal, (NameArg(id) << 1) | (pushNull ? 1 : 0));
                break;
        }
    }

    private void StoreName(string id) => EmitNameOp(id, OpCode.StoreName, OpCode.StoreGlobal, OpCode.StoreFast, OpCode.StoreDeref);

    private void DeleteName(string id) => EmitNameOp(id, OpCode.DeleteName, OpCode.DeleteGlobal, OpCode.DeleteFast, OpCode.DeleteDeref);

    /// <summary>A store or delete of a name, by how the scope reaches it.</summary>
    private void EmitNameOp(string id, OpCode nameOp, OpCode globalOp, OpCode fastOp, OpCode derefOp)
    {
        switch (Kind(id))
        {
            case NameKind.Name:
            case NameKind.GlobalImplicit:
                Emit(nameOp, NameArg(id));
                break;
            case NameKind.GlobalExplicit:
                Emit(globalOp, NameArg(id));
                break;
            case NameKind.Fast:
                Emit(fastOp, scope.AddLocal(id));
                break;
            default:
                EmitDeref(derefOp, id);
                break;
        }
    }

    private void Store(Expr target)
    {
        switch (target)
        {
            case Name n:
                At(n);
                StoreName(n.Id);
                break;
            case AttributeExpr a:
                Visit(a.Value);
                At(a);
                Emit(OpCode.StoreAttr, NameArg(a.Attr));
                break;
            case Subscript s:
                EmitSubscript(s, OpCode.StoreSlice, OpCode.StoreSubscr);
                break;
            case TupleExpr or List:
            {
                List<Expr> elts = Elts(target);
                int star = elts.FindIndex(e => e is Starred);
                At(target);
                if (star >= 0)
                {
                    if (elts.FindLastIndex(e => e is Starred) != star)
                    {
                        throw Error(target, "multiple starred expressions in assignment");
                    }
                    Emit(OpCode.UnpackEx, star | ((elts.Count - star - 1) << 8));
                }
                else
                {
                    Emit(OpCode.UnpackSequence, elts.Count);
                }
                foreach (Expr e in elts)
                {
                    Store(e is Starred st ? st.Value : e);
                }
                break;
            }
            default:
                throw Error(target, "cannot assign to " + target.GetType().Name);
        }
    }

    private void DeleteTarget(Expr target)
    {
        switch (target)
        {
            case Name n:
                At(n);
                DeleteName(n.Id);
                break;
            case Subscript s:
                Visit(s.Value);
                Visit(s.Slice);
                AtWithAnchor(s, SubscriptAnchor(s));
                Emit(OpCode.DeleteSubscr);
                break;
            case AttributeExpr a:
                Visit(a.Value);
                At(a);
                Emit(OpCode.DeleteAttr, NameArg(a.Attr));
                break;
            case TupleExpr or List:
                foreach (Expr e in Elts(target))
                {
                    DeleteTarget(e);
                }
                break;
            default:
                throw Error(target, "cannot delete " + target.GetType().Name);
        }
    }

    /// <summary>container[...] for a load or store: a plain slice a[i:j] uses the slice form (no slice object).</summary>
    private void EmitSubscript(Subscript s, OpCode sliceOp, OpCode subscrOp)
    {
        Visit(s.Value);
        if (s.Slice is Slice { Step: null } sl)
        {
            VisitOrNone(sl.Lower);
            VisitOrNone(sl.Upper);
            AtWithAnchor(s, SubscriptAnchor(s));
            Emit(sliceOp);
        }
        else
        {
            Visit(s.Slice);
            AtWithAnchor(s, SubscriptAnchor(s));
            Emit(subscrOp);
        }
    }

    private void VisitOrNone(Expr? e)
    {
        if (e is null)
        {
            Emit(OpCode.LoadConst, Const(Singletons.None));
        }
        else
        {
            Visit(e);
        }
    }

    // ---- expressions --------------------------------------------------------------------------------

    private void Visit(Expr e)
    {
        e = ConstantFolder.Fold(e);
        switch (e)
        {
            case Constant c:
                At(c);
                Emit(OpCode.LoadConst, Const(ctx.Constants.FromAst(c.Value)));
                break;
            case FoldedTuple ft:
                At(ft);
                Emit(OpCode.LoadConst, Const(ctx.Constants.FromFolded(ft)));
                break;
            case Name n:
                LoadName(n.Id, n);
                break;
            case BinOp b:
                Visit(b.Left);
                Visit(b.Right);
                AtWithAnchor(b, BinOpAnchor(b));
                Emit(OpCode.BinaryOp, (int)PlainOp(b.Op));
                break;
            case UnaryOp u:
                Visit(u.Operand);
                At(u);
                Emit(u.Op switch
                {
                    UnaryOperator.Not => OpCode.UnaryNot,
                    UnaryOperator.USub => OpCode.UnaryNegative,
                    UnaryOperator.UAdd => OpCode.UnaryPositive,
                    _ => OpCode.UnaryInvert,
                });
                break;
            case BoolOp bo:
            {
                var end = new Label();
                for (int i = 0; i < bo.Values.Count; i++)
                {
                    Visit(bo.Values[i]);
                    if (i < bo.Values.Count - 1)
                    {
                        At(bo);
                        Emit(OpCode.Copy, 1);
                        EmitJump(bo.Op == BoolOperator.And ? OpCode.PopJumpIfFalse : OpCode.PopJumpIfTrue, end);
                        Emit(OpCode.PopTop);
                    }
                }
                Mark(end);
                break;
            }
            case Compare c:
                VisitCompare(c);
                break;
            case IfExp ie:
            {
                var orelse = new Label();
                var end = new Label();
                Visit(ie.Test);
                EmitJump(OpCode.PopJumpIfFalse, orelse);
                Visit(ie.Body);
                EmitJump(OpCode.Jump, end);
                depth--;
                Mark(orelse);
                Visit(ie.Orelse);
                Mark(end);
                break;
            }
            case Call call:
                VisitCall(call);
                break;
            case AttributeExpr a:
                Visit(a.Value);
                At(a);
                Emit(OpCode.LoadAttr, NameArg(a.Attr) << 1);
                break;
            case Subscript s:
                EmitSubscript(s, OpCode.BinarySlice, OpCode.BinarySubscr);
                break;
            case Slice sl2:
                VisitOrNone(sl2.Lower);
                VisitOrNone(sl2.Upper);
                if (sl2.Step is not null)
                {
                    Visit(sl2.Step);
                }
                At(sl2);
                Emit(OpCode.BuildSlice, sl2.Step is null ? 2 : 3);
                break;
            case List l:
                VisitSequence(l.Elts, l, OpCode.BuildList, false);
                break;
            case TupleExpr t:
                VisitSequence(t.Elts, t, OpCode.BuildTuple, false);
                break;
            case Set st:
                VisitSequence(st.Elts, st, OpCode.BuildSet, true);
                break;
            case Dict d:
                VisitDict(d);
                break;
            case JoinedStr js:
                foreach (Expr part in js.Values)
                {
                    Visit(part);
                }
                At(js);
                Emit(OpCode.BuildString, js.Values.Count);
                break;
            case FormattedValue fv:
            {
                // compiler_formatted_value: oparg = conversion (1 !s, 2 !r, 3 !a) | 4 when a spec is pushed.
                Visit(fv.Value);
                int oparg = fv.Conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 };
                if (fv.FormatSpec is not null)
                {
                    // compiler_joined_str: a single-part spec is pushed as is, without BUILD_STRING.
                    Visit(fv.FormatSpec.Values.Count == 1 ? fv.FormatSpec.Values[0] : fv.FormatSpec);
                    oparg |= 4;
                }
                At(fv);
                Emit(OpCode.FormatValue, oparg);
                break;
            }
            case GeneratorExp ge:
                VisitGeneratorExp(ge);
                break;
            case NamedExpr ne:
                Visit(ne.Value);
                At(ne);
                Emit(OpCode.Copy, 1);
                Store(ne.Target);
                break;
            case Yield y:
                if (!scope.IsFunction)
                {
                    throw Error(y, "'yield' outside function");
                }
                VisitOrNone(y.Value);
                At(y);
                Emit(OpCode.YieldValue);
                break;
            case YieldFrom yf:
            {
                if (!scope.IsFunction)
                {
                    throw Error(yf, "'yield' outside function");
                }
                Visit(yf.Value);
                At(yf);
                Emit(OpCode.GetYieldFromIter);
                Emit(OpCode.LoadConst, Const(Singletons.None));
                var send = new Label();
                var exit = new Label();
                Mark(send);
                EmitJump(OpCode.Send, exit);
                Emit(OpCode.YieldValue);
                EmitJump(OpCode.Jump, send);
                Mark(exit);
                depth--; // SEND leaves only the return value when the iterator is done
                break;
            }
            case ListComp lc:
                VisitComprehension(lc, lc.Generators, OpCode.BuildList, lc.Elt, null);
                break;
            case SetComp sc:
                VisitComprehension(sc, sc.Generators, OpCode.BuildSet, sc.Elt, null);
                break;
            case DictComp dc:
                VisitComprehension(dc, dc.Generators, OpCode.BuildMap, dc.Key, dc.Value);
                break;
            case Lambda lam:
            {
                At(lam);
                int flags = EmitDefaults(lam.Args);
                var f = new FunctionDefLike("<lambda>", lam.Args, []);
                string qn = scope.IsModule ? "<lambda>" : scope.IsClass ? qualName + ".<lambda>" : qualName + ".<locals>.<lambda>";
                Scope child = Scope.ForFunction(f, scope, lam.Body);
                var gen = new CodeGenerator(ctx, child, "<lambda>", qn);
                nint codeObj = gen.CompileFunction(f, true, lam.Body, lam.Line);
                ctx.Own(codeObj);
                At(lam);
                EmitMakeFunction(child, codeObj, flags);
                break;
            }
            default:
                throw Error(e, "'" + e.GetType().Name + "' expressions are not supported yet");
        }
    }

    /// <summary>
    /// A list, set or dict comprehension inlined into the current code (PEP 709, CPython 3.12): its targets
    /// are fast locals whose outer values are saved on the stack (LOAD_FAST_AND_CLEAR) and restored after.
    /// </summary>
    private void VisitComprehension(Expr at, List<Comprehension> gens, OpCode build, Expr elt, Expr? value)
    {
        if (gens.Any(g => g.IsAsync))
        {
            throw Error(at, "asynchronous comprehension outside of an asynchronous function");
        }
        var targets = new List<string>();
        foreach (Comprehension g in gens)
        {
            CollectNames(g.Target, targets);
        }
        targets = targets.Distinct().ToList();
        Visit(gens[0].Iter);
        At(at);
        Emit(OpCode.GetIter);
        inlined.Add(new HashSet<string>(targets, StringComparer.Ordinal));
        foreach (string t in targets)
        {
            if (scope.IsCell(t))
            {
                // A captured comprehension variable: save the enclosing cell, give the comprehension a new one.
                EmitDeref(OpCode.LoadFastAndClear, t);
                EmitDeref(OpCode.MakeCell, t);
            }
            else
            {
                Emit(OpCode.LoadFastAndClear, scope.AddLocal(t));
            }
        }
        if (targets.Count > 0)
        {
            Emit(OpCode.Swap, targets.Count + 1);
        }
        Emit(build, 0);
        Emit(OpCode.Swap, 2);
        ComprehensionLoop(at, gens, 0, build, elt, value);
        At(at);
        if (targets.Count > 0)
        {
            Emit(OpCode.Swap, targets.Count + 1);
            for (int i = targets.Count - 1; i >= 0; i--)
            {
                if (scope.IsCell(targets[i]))
                {
                    EmitDeref(OpCode.StoreFast, targets[i]);
                }
                else
                {
                    Emit(OpCode.StoreFast, scope.AddLocal(targets[i]));
                }
            }
        }
        inlined.RemoveAt(inlined.Count - 1);
    }

    private void ComprehensionLoop(Expr at, List<Comprehension> gens, int level, OpCode build, Expr elt, Expr? value)
    {
        Comprehension g = gens[level];
        if (level > 0)
        {
            Visit(g.Iter);
            At(at);
            Emit(OpCode.GetIter);
        }
        var start = new Label();
        var exhausted = new Label();
        Mark(start);
        At(at);
        EmitJump(OpCode.ForIter, exhausted);
        Store(g.Target);
        foreach (Expr cond in g.Ifs)
        {
            Visit(cond);
            EmitJump(OpCode.PopJumpIfFalse, start);
        }
        if (level + 1 < gens.Count)
        {
            ComprehensionLoop(at, gens, level + 1, build, elt, value);
        }
        else
        {
            int depthArg = gens.Count + 1;
            if (build == OpCode.BuildMap)
            {
                Visit(elt);
                Visit(value!);
                At(at);
                Emit(OpCode.MapAdd, depthArg);
            }
            else
            {
                Visit(elt);
                At(at);
                Emit(build == OpCode.BuildList ? OpCode.ListAppend : OpCode.SetAdd, depthArg);
            }
        }
        At(at);
        EmitJump(OpCode.Jump, start);
        Mark(exhausted);
        depth -= 1; // the iterator is gone on exhaustion
    }

    /// <summary>
    /// A generator expression compiles to a generator function over one argument, the first iterator
    /// (<c>.0</c>), whose body is the nested for/if statements yielding the element, as in CPython.
    /// </summary>
    private void VisitGeneratorExp(GeneratorExp ge)
    {
        Stmt body = new ExprStmt(new Yield(ge.Elt));
        body.CopyLocation(ge.Elt);
        ((ExprStmt)body).Value.CopyLocation(ge.Elt);
        for (int i = ge.Generators.Count - 1; i >= 0; i--)
        {
            Comprehension g = ge.Generators[i];
            for (int k = g.Ifs.Count - 1; k >= 0; k--)
            {
                var test = new If(g.Ifs[k], [body], []);
                test.CopyLocation(ge);
                body = test;
            }
            Expr iter = i == 0 ? new Name(".0", ExprContext.Load) : g.Iter;
            if (i == 0)
            {
                iter.CopyLocation(ge);
            }
            var loop = new For(g.Target, iter, [body], [], false);
            loop.CopyLocation(ge);
            body = loop;
        }
        var args = new Arguments();
        args.Args.Add(new Arg(".0", null));
        var f = new FunctionDefLike("<genexpr>", args, [body]);
        string qn = scope.IsModule ? "<genexpr>" : scope.IsClass ? qualName + ".<genexpr>" : qualName + ".<locals>.<genexpr>";
        Scope child = Scope.ForFunction(f, scope);
        var gen = new CodeGenerator(ctx, child, "<genexpr>", qn);
        nint codeObj = gen.CompileFunction(f, false, null, ge.Line);
        ctx.Own(codeObj);
        At(ge);
        EmitMakeFunction(child, codeObj, 0);
        Visit(ge.Generators[0].Iter);
        At(ge);
        Emit(OpCode.GetIter);
        Emit(OpCode.Call, 0);
    }

    private static void CollectNames(Expr t, List<string> into)
    {
        switch (t)
        {
            case Name n: into.Add(n.Id); break;
            case TupleExpr tu: tu.Elts.ForEach(x => CollectNames(x, into)); break;
            case List l: l.Elts.ForEach(x => CollectNames(x, into)); break;
            case Starred st: CollectNames(st.Value, into); break;
        }
    }

    private void VisitSequence(List<Expr> elts, Expr at, OpCode build, bool isSet)
    {
        if (elts.Any(x => x is Starred))
        {
            VisitStarredSequence(elts, at, build);
            return;
        }
        for (int i = 0; i < elts.Count; i++)
        {
            elts[i] = ConstantFolder.Fold(elts[i]);
        }
        if (build != OpCode.BuildTuple && elts.Count > 2 && elts.All(x => x is Constant))
        {
            // compiler.c starunpack_helper: BUILD_LIST 0; LOAD_CONST (tuple|frozenset); LIST_EXTEND 1.
            var items = elts.Select(x => ctx.Constants.FromAst(((Constant)x).Value)).ToList();
            At(at);
            Emit(build, 0);
            Emit(OpCode.LoadConst, Const(ctx.Constants.Tuple(items, isSet, fromParser: false)));
            Emit(isSet ? OpCode.SetUpdate : OpCode.ListExtend, 1);
            return;
        }
        foreach (Expr x in elts)
        {
            Visit(x);
        }
        At(at);
        Emit(build, elts.Count);
    }

    /// <summary>compiler_dict: runs of key: value pairs become sub-dicts merged with DICT_UPDATE, as does each ** operand.</summary>
    private void VisitDict(Dict d)
    {
        const int stackUseGuideline = 30;
        for (int i = 0; i < d.Keys.Count; i++)
        {
            if (d.Keys[i] is Expr k)
            {
                d.Keys[i] = ConstantFolder.Fold(k);
            }
        }
        int n = d.Values.Count;
        bool haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++)
        {
            if (d.Keys[i] is null)
            {
                if (elements > 0)
                {
                    VisitSubDict(d, i - elements, i);
                    if (haveDict)
                    {
                        At(d);
                        Emit(OpCode.DictUpdate, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict)
                {
                    At(d);
                    Emit(OpCode.BuildMap, 0);
                    haveDict = true;
                }
                Visit(d.Values[i]);
                At(d);
                Emit(OpCode.DictUpdate, 1);
            }
            else if (elements * 2 > stackUseGuideline)
            {
                VisitSubDict(d, i - elements, i + 1);
                if (haveDict)
                {
                    At(d);
                    Emit(OpCode.DictUpdate, 1);
                }
                haveDict = true;
                elements = 0;
            }
            else
            {
                elements++;
            }
        }
        if (elements > 0)
        {
            VisitSubDict(d, n - elements, n);
            if (haveDict)
            {
                At(d);
                Emit(OpCode.DictUpdate, 1);
            }
            haveDict = true;
        }
        if (!haveDict)
        {
            At(d);
            Emit(OpCode.BuildMap, 0);
        }

        // compiler_subdict: the pairs [begin, end) as one dict (BUILD_CONST_KEY_MAP, BUILD_MAP, or MAP_ADDs when big).
        void VisitSubDict(Dict d, int begin, int end)
        {
            int n = end - begin;
            bool big = n * 2 > stackUseGuideline;
            bool allConst = true;
            for (int i = begin; i < end; i++)
            {
                allConst &= d.Keys[i] is Constant;
            }
            if (n > 1 && !big && allConst)
            {
                for (int i = begin; i < end; i++)
                {
                    Visit(d.Values[i]);
                }
                var keys = new List<nint>(n);
                for (int i = begin; i < end; i++)
                {
                    keys.Add(ctx.Constants.FromAst(((Constant)d.Keys[i]!).Value));
                }
                At(d);
                Emit(OpCode.LoadConst, Const(ctx.Constants.Tuple(keys, false, fromParser: false)));
                Emit(OpCode.BuildConstKeyMap, n);
                return;
            }
            if (big)
            {
                At(d);
                Emit(OpCode.BuildMap, 0);
            }
            for (int i = begin; i < end; i++)
            {
                Visit(d.Keys[i]!);
                Visit(d.Values[i]);
                if (big)
                {
                    At(d);
                    Emit(OpCode.MapAdd, 1);
                }
            }
            if (!big)
            {
                At(d);
                Emit(OpCode.BuildMap, n);
            }
        }
    }

    private void VisitCompare(Compare c)
    {
        SyntaxWarnings.CheckCompare(ctx, c);
        Visit(c.Left);
        if (c.Ops.Count == 1)
        {
            Visit(c.Comparators[0]);
            At(c);
            EmitCompare(c.Ops[0]);
            return;
        }
        var cleanup = new Label();
        var end = new Label();
        for (int i = 0; i < c.Ops.Count - 1; i++)
        {
            Visit(c.Comparators[i]);
            At(c);
            Emit(OpCode.Swap, 2);
            Emit(OpCode.Copy, 2);
            EmitCompare(c.Ops[i]);
            Emit(OpCode.Copy, 1);
            EmitJump(OpCode.PopJumpIfFalse, cleanup);
            Emit(OpCode.PopTop);
        }
        Visit(c.Comparators[^1]);
        At(c);
        EmitCompare(c.Ops[^1]);
        EmitJump(OpCode.Jump, end);
        depth++; // the cleanup path still holds the last comparator under the result
        Mark(cleanup);
        Emit(OpCode.Swap, 2);
        Emit(OpCode.PopTop);
        Mark(end);
    }

    private void EmitCompare(CmpOp op)
    {
        switch (op)
        {
            case CmpOp.Is: Emit(OpCode.IsOp, 0); break;
            case CmpOp.IsNot: Emit(OpCode.IsOp, 1); break;
            case CmpOp.In: Emit(OpCode.ContainsOp, 0); break;
            case CmpOp.NotIn: Emit(OpCode.ContainsOp, 1); break;
            default:
                Emit(OpCode.CompareOp, (int)(op switch
                {
                    CmpOp.Lt => CompareOp.Lt,
                    CmpOp.LtE => CompareOp.Le,
                    CmpOp.Eq => CompareOp.Eq,
                    CmpOp.NotEq => CompareOp.Ne,
                    CmpOp.Gt => CompareOp.Gt,
                    _ => CompareOp.Ge,
                }));
                break;
        }
    }

    private void VisitCall(Call call)
    {
        SyntaxWarnings.CheckCaller(ctx, call.Func);
        if (call.Args.Any(a => a is Starred) || call.Keywords.Any(k => k.Arg is null))
        {
            VisitCallEx(call);
            return;
        }
        if (call.Func is AttributeExpr attr)
        {
            Visit(attr.Value);
            At(attr);
            Emit(OpCode.LoadAttr, (NameArg(attr.Attr) << 1) | 1);
        }
        else if (call.Func is Name n)
        {
            LoadName(n.Id, n, pushNull: true);
        }
        else
        {
            At(call);
            Emit(OpCode.PushNull);
            Visit(call.Func);
        }
        foreach (Expr a in call.Args)
        {
            Visit(a);
        }
        foreach (Keyword k in call.Keywords)
        {
            Visit(k.Value);
        }
        At(call);
        if (call.Keywords.Count > 0)
        {
            var kw = call.Keywords.Select(k => ctx.Constants.Str(k.Arg!)).ToList();
            Emit(OpCode.KwNames, Const(ctx.Constants.Tuple(kw, false, fromParser: false)));
        }
        Emit(OpCode.Call, call.Args.Count + call.Keywords.Count);
    }

    /// <summary>f(*args, **kwargs): CALL_FUNCTION_EX over a positional tuple and a keyword dict.</summary>
    private void VisitCallEx(Call call)
    {
        At(call);
        Emit(OpCode.PushNull);
        Visit(call.Func);
        if (call.Args.Count == 1 && call.Args[0] is Starred only)
        {
            Visit(only.Value);
        }
        else
        {
            At(call);
            Emit(OpCode.BuildList, 0);
            foreach (Expr a in call.Args)
            {
                if (a is Starred st)
                {
                    Visit(st.Value);
                    Emit(OpCode.ListExtend, 1);
                }
                else
                {
                    Visit(a);
                    Emit(OpCode.ListAppend, 1);
                }
            }
            Emit(OpCode.ListToTuple);
        }
        int flags = 0;
        if (call.Keywords.Count > 0)
        {
            At(call);
            Emit(OpCode.BuildMap, 0);
            foreach (Keyword k in call.Keywords)
            {
                if (k.Arg is null)
                {
                    Visit(k.Value);
                    At(call);
                    Emit(OpCode.DictMerge, 1);
                }
                else
                {
                    Emit(OpCode.LoadConst, Const(ctx.Constants.Str(k.Arg)));
                    Visit(k.Value);
                    At(call);
                    Emit(OpCode.MapAdd, 1);
                }
            }
            flags = 1;
        }
        At(call);
        Emit(OpCode.CallFunctionEx, flags);
    }

    /// <summary>[*a, b], (*a, b), {*a, b}: built item by item (BUILD_LIST 0 + LIST_EXTEND / LIST_APPEND).</summary>
    private void VisitStarredSequence(List<Expr> elts, Expr at, OpCode build)
    {
        bool isSet = build == OpCode.BuildSet;
        At(at);
        Emit(isSet ? OpCode.BuildSet : OpCode.BuildList, 0);
        foreach (Expr e in elts)
        {
            if (e is Starred st)
            {
                Visit(st.Value);
                At(at);
                Emit(isSet ? OpCode.SetUpdate : OpCode.ListExtend, 1);
            }
            else
            {
                Visit(e);
                At(at);
                Emit(isSet ? OpCode.SetAdd : OpCode.ListAppend, 1);
            }
        }
        if (build == OpCode.BuildTuple)
        {
            Emit(OpCode.ListToTuple);
        }
    }

    // ---- traceback anchors ----------------------------------------------------------------------------

    private void AtWithAnchor(Expr e, (int, int)? anchor)
    {
        At(e);
        if (anchor is { } a)
        {
            pos = pos with { AnchorStart = a.Item1, AnchorEnd = a.Item2 };
        }
    }

    private (int, int)? BinOpAnchor(BinOp b)
    {
        if (b.Line != b.EndLine || b.Left.EndLine != b.Line || b.Right.Line != b.Line)
        {
            return null;
        }
        string? line = ctx.Line(b.Line);
        if (line is null)
        {
            return null;
        }
        for (int i = b.Left.EndCol; i < b.Right.Col && i < line.Length; i++)
        {
            if (char.IsWhiteSpace(line[i]))
            {
                continue;
            }
            int left = i, right = i + 1;
            if (i + 1 < b.Right.Col && !char.IsWhiteSpace(line[i + 1]))
            {
                right++;
            }
            if (i + 1 < b.Right.Col && line[i] == ')')
            {
                continue;
            }
            return (left, right);
        }
        return null;
    }

    private (int, int)? SubscriptAnchor(Subscript s)
    {
        if (s.Line != s.EndLine || s.Slice.EndLine != s.Line)
        {
            return null;
        }
        string? line = ctx.Line(s.Line);
        if (line is null)
        {
            return null;
        }
        int left = s.Value.EndCol;
        int right = s.Slice.EndCol + 1;
        int end = Math.Min(line.Length, s.EndCol);
        while (left < end && line[left] != '[')
        {
            left++;
        }
        while (right < end && line[right] != ']')
        {
            right++;
        }
        if (right < end)
        {
            right++;
        }
        return (left, right);
    }

    private static BinaryOp PlainOp(Operator op) => op switch
    {
        Operator.Add => BinaryOp.Add,
        Operator.Sub => BinaryOp.Subtract,
        Operator.Mult => BinaryOp.Multiply,
        Operator.MatMult => BinaryOp.MatrixMultiply,
        Operator.Div => BinaryOp.TrueDivide,
        Operator.Mod => BinaryOp.Remainder,
        Operator.Pow => BinaryOp.Power,
        Operator.LShift => BinaryOp.LShift,
        Operator.RShift => BinaryOp.RShift,
        Operator.BitOr => BinaryOp.Or,
        Operator.BitXor => BinaryOp.Xor,
        Operator.BitAnd => BinaryOp.And,
        _ => BinaryOp.FloorDivide,
    };

    private static BinaryOp InplaceOp(Operator op) => (BinaryOp)((int)PlainOp(op) + (int)BinaryOp.InplaceAdd);
}

/// <summary>A compile-time error found by the code generator (e.g. 'return' outside function).</summary>
internal sealed class PyCompileError(string msg, int line, int col) : Exception(msg)
{
    public int Line { get; } = line;
    public int Col { get; } = col;
}
