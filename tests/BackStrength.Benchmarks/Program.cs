using BackStrength.Benchmarks.Load;
using BackStrength.Benchmarks.Micro;

// Two benchmarks in one program: "--micro [BenchmarkDotNet options]" runs the micro-benchmarks, anything else
// is the load run's options (see LoadBenchmarkOptions). scripts/benchmark.sh builds and calls it.
if (args.Length > 0 && args[0] == "--micro")
{
    MicroBenchmarks.Run(args[1..]);
    return 0;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, press) =>
{
    press.Cancel = true;
    cancellation.Cancel();
};

LoadReport report;
LoadBenchmarkOptions options;
try
{
    options = LoadBenchmarkOptions.Parse(args);
    report = await new LoadBenchmark(options, Console.Error).RunAsync(cancellation.Token);
}
catch (Exception error) when (error is ArgumentException or InvalidOperationException or TimeoutException)
{
    Console.Error.WriteLine($"The load benchmark stopped: {error.Message}");
    return 1;
}

var markdown = ResultsTable.Render(report);
Console.Write(markdown);
if (options.OutputFile is { } output)
{
    await File.WriteAllTextAsync(output, markdown, cancellation.Token);
}

return 0;
