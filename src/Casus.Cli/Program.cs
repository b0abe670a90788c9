using System.CommandLine;
using Casus.Cli.Commands;

// The CLI only wires commands together; each command lives in Commands/ and calls the library.
var root = new RootCommand("Casus: political event data (CAMEO, PLOVER) from news pages and text.");
foreach (var command in CommandCatalog.All())
    root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();
