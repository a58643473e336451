using FineTuneGraph.Cli;

return await FtgCommandLine.RunAsync(args, CliConsole.System).ConfigureAwait(false);
