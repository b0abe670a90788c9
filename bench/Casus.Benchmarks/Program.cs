using BenchmarkDotNet.Running;

// Stage micro-benchmarks. Run: dotnet run -c Release --project bench/Casus.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
