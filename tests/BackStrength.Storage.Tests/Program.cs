using BackStrength.Storage.Tests.Durability;

namespace BackStrength.Storage.Tests;

/// <summary>
/// Entry point used only when the durability test starts this assembly as a child process; the test runner
/// loads the assembly as a library and never calls it.
/// </summary>
public static class Program
{
    public static Task<int> Main(string[] args) => DurabilityWriter.RunAsync(args);
}
