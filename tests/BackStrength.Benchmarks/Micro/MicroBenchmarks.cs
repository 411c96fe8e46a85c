using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BackStrength.Benchmarks.Micro;

/// <summary>
/// The hot paths of a turn, measured with BenchmarkDotNet: card binding, planning, intent recognition, and the dialog engine's
/// load-step-save cycle, and the storage work of a message on SQLite. A short job, run in this process (no generated project to build), so the whole set
/// finishes in a few minutes; arguments go to BenchmarkDotNet
/// (e.g. <c>--filter *Planning*</c>; all of them without a filter).
/// </summary>
public static class MicroBenchmarks
{
    public static void Run(string[] args)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.JoinSummary);
        BenchmarkSwitcher.FromTypes([typeof(CardBindingBenchmarks), typeof(PlanningBenchmarks), typeof(DialogCycleBenchmarks), typeof(RecognizerBenchmarks), typeof(StoredTurnBenchmarks)])
            .Run(args.Contains("--filter") ? args : [.. args, "--filter", "*"], config);
    }
}
