// Mirrors CPython Modules/timemodule.c: clocks and sleep.
using System.Diagnostics;
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Modules;

/// <summary>The <c>time</c> module: time, time_ns, perf_counter(_ns), monotonic(_ns), process_time, sleep.</summary>
internal static class TimeModule
{
    public static nint Create()
    {
        nint m = ModuleType.New("time");
        nint d = ModuleType.Dict(m);
        void Fn(string name, BuiltinFn fn)
        {
            nint f = BuiltinFunctionObject.New(new NativeFunction(name, fn), m);
            DictType.Set(d, StrObject.Intern(name), f);
            Ob.Decref(f);
        }
        static double Now() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 1e7;
        static long NowNs() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;
        static double Perf() => Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
        static long PerfNs() => (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
        Fn("time", (self, args, kw) => { Args.Exact("time", args, 0); return FloatType.FromDouble(Now()); });
        Fn("time_ns", (self, args, kw) => { Args.Exact("time_ns", args, 0); return IntType.FromLong(NowNs()); });
        Fn("perf_counter", (self, args, kw) => { Args.Exact("perf_counter", args, 0); return FloatType.FromDouble(Perf()); });
        Fn("perf_counter_ns", (self, args, kw) => { Args.Exact("perf_counter_ns", args, 0); return IntType.FromLong(PerfNs()); });
        Fn("monotonic", (self, args, kw) => { Args.Exact("monotonic", args, 0); return FloatType.FromDouble(Perf()); });
        Fn("monotonic_ns", (self, args, kw) => { Args.Exact("monotonic_ns", args, 0); return IntType.FromLong(PerfNs()); });
        Fn("process_time", (self, args, kw) =>
        {
            Args.Exact("process_time", args, 0);
            return FloatType.FromDouble(Process.GetCurrentProcess().TotalProcessorTime.Ticks / 1e7);
        });
        Fn("sleep", (self, args, kw) =>
        {
            Args.Exact("sleep", args, 1);
            if (!FloatType.TryAsDouble(args[0], out double secs))
            {
                throw Errors.TypeError("'" + Ob.TypeOf(args[0]).Name + "' object cannot be interpreted as an integer or float");
            }
            if (secs < 0)
            {
                throw Errors.ValueError("sleep length must be non-negative");
            }
            Thread.Sleep(TimeSpan.FromSeconds(secs));
            return Singletons.None;
        });
        return m;
    }
}
