using PyStats.Cli;

return ConsoleHost.Run(args);
