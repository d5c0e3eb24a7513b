using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/PyStats.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ParsingBenchmarks).Assembly).Run(args);
