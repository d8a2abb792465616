using System.Text;

namespace RefPy.Compiler.Syntax;

/// <summary>
/// Formats an AST exactly like CPython 3.12's <c>ast.dump(tree)</c> (no attributes, no indent):
/// optional fields that are None are omitted, list fields are always shown. With
/// <c>includeAttributes</c> it matches <c>ast.dump(tree, include_attributes=True)</c> (for ASCII
/// sources: CPython's columns are UTF-8 byte offsets, ours UTF-16 code units).
/// </summary>
public static class AstDumper
{
    public static string Dump(Node node, bool includeAttributes = false)
    {
        var sb = new StringBuilder();
        Write(sb, node, includeAttributes);
        return sb.ToString();
    }

    /// <summary>Writes "Name(field=value, ...)" with the comma handling in one place.</summary>
    private ref struct NodeWriter
    {
        private readonly StringBuilder _sb;
        private readonly bool _attrs;
        private bool _first;

        public NodeWriter(StringBuilder sb, string name, bool attrs)
        {
            _sb = sb;
            _attrs = attrs;
            _first = true;
            sb.Append(name).Append('(');
        }

        private StringBuilder Field(string name)
        {
            if (!_first)
            {
                _sb.Append(", ");
            }
            _first = false;
            return _sb.Append(name).Append('=');
        }

        public void Node(string name, Node? value)
        {
            if (value != null)
            {
                Write(Field(name), value, _attrs);
            }
        }

        public void Nodes<T>(string name, List<T> values) where T : Node?
        {
            var sb = Field(name).Append('[');
            for (int i = 0; i < values.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }
                if (values[i] is { } v)
                {
                    Write(sb, v, _attrs);
                }
                else
                {
                    sb.Append("None");
                }
            }
            sb.Append(']');
        }

        public void Str(string name, string? value)
        {
            if (value != null)
            {
                Field(name).Append(PyRepr.Str(value));
            }
        }

        public void Strs(string name, List<string> values)
        {
            var sb = Field(name).Append('[');
            for (int i = 0; i < values.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }
                sb.Append(PyRepr.Str(values[i]));
            }
            sb.Append(']');
        }

        public void Raw(string name, string value) => Field(name).Append(value);

        public void Int(string name, int value) => Field(name).Append(value);

        public void Ctx(ExprContext ctx) => Field("ctx").Append(ctx switch
        {
            ExprContext.Load => "Load()",
            ExprContext.Store => "Store()",
            _ => "Del()",
        });

        public void End(Node node)
        {
            if (_attrs && node is Stmt or Expr or ExceptHandler or Arg or Keyword or Alias)
            {
                Int("lineno", node.Line);
                Int("col_offset", node.Col);
                Int("end_lineno", node.EndLine);
                Int("end_col_offset", node.EndCol);
            }
            _sb.Append(')');
        }
    }

    private static void Write(StringBuilder sb, Node node, bool attrs)
    {
        NodeWriter w;
        switch (node)
        {
            case Module m:
                w = new NodeWriter(sb, "Module", attrs);
                w.Nodes("body", m.Body);
                w.Raw("type_ignores", "[]");
                break;
            case FunctionDef f:
                w = new NodeWriter(sb, f.IsAsync ? "AsyncFunctionDef" : "FunctionDef", attrs);
                w.Str("name", f.Name);
                w.Node("args", f.Args);
                w.Nodes("body", f.Body);
                w.Nodes("decorator_list", f.DecoratorList);
                w.Node("returns", f.Returns);
                w.Raw("type_params", "[]");
                break;
            case ClassDef c:
                w = new NodeWriter(sb, "ClassDef", attrs);
                w.Str("name", c.Name);
                w.Nodes("bases", c.Bases);
                w.Nodes("keywords", c.Keywords);
                w.Nodes("body", c.Body);
                w.Nodes("decorator_list", c.DecoratorList);
                w.Raw("type_params", "[]");
                break;
            case Return r:
                w = new NodeWriter(sb, "Return", attrs);
                w.Node("value", r.Value);
                break;
            case Delete d:
                w = new NodeWriter(sb, "Delete", attrs);
                w.Nodes("targets", d.Targets);
                break;
            case Assign a:
                w = new NodeWriter(sb, "Assign", attrs);
                w.Nodes("targets", a.Targets);
                w.Node("value", a.Value);
                break;
            case AugAssign a:
                w = new NodeWriter(sb, "AugAssign", attrs);
                w.Node("target", a.Target);
                w.Raw("op", OperatorName(a.Op) + "()");
                w.Node("value", a.Value);
                break;
            case AnnAssign a:
                w = new NodeWriter(sb, "AnnAssign", attrs);
                w.Node("target", a.Target);
                w.Node("annotation", a.Annotation);
                w.Node("value", a.Value);
                w.Int("simple", a.Simple ? 1 : 0);
                break;
            case For f:
                w = new NodeWriter(sb, f.IsAsync ? "AsyncFor" : "For", attrs);
                w.Node("target", f.Target);
                w.Node("iter", f.Iter);
                w.Nodes("body", f.Body);
                w.Nodes("orelse", f.Orelse);
                break;
            case While wh:
                w = new NodeWriter(sb, "While", attrs);
                w.Node("test", wh.Test);
                w.Nodes("body", wh.Body);
                w.Nodes("orelse", wh.Orelse);
                break;
            case If i:
                w = new NodeWriter(sb, "If", attrs);
                w.Node("test", i.Test);
                w.Nodes("body", i.Body);
                w.Nodes("orelse", i.Orelse);
                break;
            case With wi:
                w = new NodeWriter(sb, wi.IsAsync ? "AsyncWith" : "With", attrs);
                w.Nodes("items", wi.Items);
                w.Nodes("body", wi.Body);
                break;
            case Raise r:
                w = new NodeWriter(sb, "Raise", attrs);
                w.Node("exc", r.Exc);
                w.Node("cause", r.Cause);
                break;
            case Try t:
                w = new NodeWriter(sb, t.IsStar ? "TryStar" : "Try", attrs);
                w.Nodes("body", t.Body);
                w.Nodes("handlers", t.Handlers);
                w.Nodes("orelse", t.Orelse);
                w.Nodes("finalbody", t.Finalbody);
                break;
            case Assert a:
                w = new NodeWriter(sb, "Assert", attrs);
                w.Node("test", a.Test);
                w.Node("msg", a.Msg);
                break;
            case Import i:
                w = new NodeWriter(sb, "Import", attrs);
                w.Nodes("names", i.Names);
                break;
            case ImportFrom i:
                w = new NodeWriter(sb, "ImportFrom", attrs);
                w.Str("module", i.Module);
                w.Nodes("names", i.Names);
                w.Int("level", i.Level);
                break;
            case Global g:
                w = new NodeWriter(sb, "Global", attrs);
                w.Strs("names", g.Names);
                break;
            case Nonlocal n:
                w = new NodeWriter(sb, "Nonlocal", attrs);
                w.Strs("names", n.Names);
                break;
            case ExprStmt e:
                w = new NodeWriter(sb, "Expr", attrs);
                w.Node("value", e.Value);
                break;
            case Pass:
                w = new NodeWriter(sb, "Pass", attrs);
                break;
            case Break:
                w = new NodeWriter(sb, "Break", attrs);
                break;
            case Continue:
                w = new NodeWriter(sb, "Continue", attrs);
                break;

            case BoolOp b:
                w = new NodeWriter(sb, "BoolOp", attrs);
                w.Raw("op", b.Op == BoolOperator.And ? "And()" : "Or()");
                w.Nodes("values", b.Values);
                break;
            case NamedExpr n:
                w = new NodeWriter(sb, "NamedExpr", attrs);
                w.Node("target", n.Target);
                w.Node("value", n.Value);
                break;
            case BinOp b:
                w = new NodeWriter(sb, "BinOp", attrs);
                w.Node("left", b.Left);
                w.Raw("op", OperatorName(b.Op) + "()");
                w.Node("right", b.Right);
                break;
            case UnaryOp u:
                w = new NodeWriter(sb, "UnaryOp", attrs);
                w.Raw("op", u.Op + "()");
                w.Node("operand", u.Operand);
                break;
            case Lambda l:
                w = new NodeWriter(sb, "Lambda", attrs);
                w.Node("args", l.Args);
                w.Node("body", l.Body);
                break;
            case IfExp i:
                w = new NodeWriter(sb, "IfExp", attrs);
                w.Node("test", i.Test);
                w.Node("body", i.Body);
                w.Node("orelse", i.Orelse);
                break;
            case Dict d:
                w = new NodeWriter(sb, "Dict", attrs);
                w.Nodes("keys", d.Keys);
                w.Nodes("values", d.Values);
                break;
            case Set s:
                w = new NodeWriter(sb, "Set", attrs);
                w.Nodes("elts", s.Elts);
                break;
            case ListComp c:
                w = new NodeWriter(sb, "ListComp", attrs);
                w.Node("elt", c.Elt);
                w.Nodes("generators", c.Generators);
                break;
            case SetComp c:
                w = new NodeWriter(sb, "SetComp", attrs);
                w.Node("elt", c.Elt);
                w.Nodes("generators", c.Generators);
                break;
            case DictComp c:
                w = new NodeWriter(sb, "DictComp", attrs);
                w.Node("key", c.Key);
                w.Node("value", c.Value);
                w.Nodes("generators", c.Generators);
                break;
            case GeneratorExp c:
                w = new NodeWriter(sb, "GeneratorExp", attrs);
                w.Node("elt", c.Elt);
                w.Nodes("generators", c.Generators);
                break;
            case Await a:
                w = new NodeWriter(sb, "Await", attrs);
                w.Node("value", a.Value);
                break;
            case Yield y:
                w = new NodeWriter(sb, "Yield", attrs);
                w.Node("value", y.Value);
                break;
            case YieldFrom y:
                w = new NodeWriter(sb, "YieldFrom", attrs);
                w.Node("value", y.Value);
                break;
            case Compare c:
                w = new NodeWriter(sb, "Compare", attrs);
                w.Node("left", c.Left);
                w.Raw("ops", "[" + string.Join(", ", c.Ops.Select(op => op + "()")) + "]");
                w.Nodes("comparators", c.Comparators);
                break;
            case Call c:
                w = new NodeWriter(sb, "Call", attrs);
                w.Node("func", c.Func);
                w.Nodes("args", c.Args);
                w.Nodes("keywords", c.Keywords);
                break;
            case FormattedValue f:
                w = new NodeWriter(sb, "FormattedValue", attrs);
                w.Node("value", f.Value);
                w.Int("conversion", f.Conversion);
                w.Node("format_spec", f.FormatSpec);
                break;
            case JoinedStr j:
                w = new NodeWriter(sb, "JoinedStr", attrs);
                w.Nodes("values", j.Values);
                break;
            case Constant c:
                w = new NodeWriter(sb, "Constant", attrs);
                w.Raw("value", c.Value.ToPythonRepr());
                w.Str("kind", c.Kind);
                break;
            case AttributeExpr a:
                w = new NodeWriter(sb, "Attribute", attrs);
                w.Node("value", a.Value);
                w.Str("attr", a.Attr);
                w.Ctx(a.Ctx);
                break;
            case Subscript s:
                w = new NodeWriter(sb, "Subscript", attrs);
                w.Node("value", s.Value);
                w.Node("slice", s.Slice);
                w.Ctx(s.Ctx);
                break;
            case Starred s:
                w = new NodeWriter(sb, "Starred", attrs);
                w.Node("value", s.Value);
                w.Ctx(s.Ctx);
                break;
            case Name n:
                w = new NodeWriter(sb, "Name", attrs);
                w.Str("id", n.Id);
                w.Ctx(n.Ctx);
                break;
            case List l:
                w = new NodeWriter(sb, "List", attrs);
                w.Nodes("elts", l.Elts);
                w.Ctx(l.Ctx);
                break;
            case TupleExpr t:
                w = new NodeWriter(sb, "Tuple", attrs);
                w.Nodes("elts", t.Elts);
                w.Ctx(t.Ctx);
                break;
            case Slice s:
                w = new NodeWriter(sb, "Slice", attrs);
                w.Node("lower", s.Lower);
                w.Node("upper", s.Upper);
                w.Node("step", s.Step);
                break;

            case Arguments a:
                w = new NodeWriter(sb, "arguments", attrs);
                w.Nodes("posonlyargs", a.PosOnlyArgs);
                w.Nodes("args", a.Args);
                w.Node("vararg", a.VarArg);
                w.Nodes("kwonlyargs", a.KwOnlyArgs);
                w.Nodes("kw_defaults", a.KwDefaults);
                w.Node("kwarg", a.KwArg);
                w.Nodes("defaults", a.Defaults);
                break;
            case Arg a:
                w = new NodeWriter(sb, "arg", attrs);
                w.Str("arg", a.Name);
                w.Node("annotation", a.Annotation);
                break;
            case Keyword k:
                w = new NodeWriter(sb, "keyword", attrs);
                w.Str("arg", k.Arg);
                w.Node("value", k.Value);
                break;
            case Alias a:
                w = new NodeWriter(sb, "alias", attrs);
                w.Str("name", a.Name);
                w.Str("asname", a.AsName);
                break;
            case WithItem wi:
                w = new NodeWriter(sb, "withitem", attrs);
                w.Node("context_expr", wi.ContextExpr);
                w.Node("optional_vars", wi.OptionalVars);
                break;
            case ExceptHandler h:
                w = new NodeWriter(sb, "ExceptHandler", attrs);
                w.Node("type", h.Type);
                w.Str("name", h.Name);
                w.Nodes("body", h.Body);
                break;
            case Comprehension c:
                w = new NodeWriter(sb, "comprehension", attrs);
                w.Node("target", c.Target);
                w.Node("iter", c.Iter);
                w.Nodes("ifs", c.Ifs);
                w.Int("is_async", c.IsAsync ? 1 : 0);
                break;
            default:
                throw new ArgumentException($"Unknown node type {node.GetType().Name}", nameof(node));
        }
        w.End(node);
    }

    private static string OperatorName(Operator op) => op.ToString();
}
