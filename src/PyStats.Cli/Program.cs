using PyStats.Cli;

// Buffered UTF-8 without BOM: reports are large and must be byte-identical to CPython's.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), PyStats.IO.AtomicFile.Utf8NoBom, 1 << 16) { NewLine = "\n" };
using var stderr = new StreamWriter(Console.OpenStandardError(), PyStats.IO.AtomicFile.Utf8NoBom) { NewLine = "\n", AutoFlush = true };
return new CliApp(new CliEnvironment(stdout, stderr, Environment.GetEnvironmentVariable, !Console.IsErrorRedirected)).Run(args);
