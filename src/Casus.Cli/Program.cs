using Casus.Cli;

// The CLI only wires commands together; each command lives in Commands/ and calls the library.
return CliApp.Run(args, Console.Out, Console.Error);
