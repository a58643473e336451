using System.CommandLine;
using FineTuneGraph.Inbox;
using Microsoft.Extensions.Configuration;

namespace FineTuneGraph.Cli.Commands;

/// <summary><c>ftg health [DIR]</c>: is a worker alive and working on this inbox? The compose health check runs it.</summary>
internal static class HealthCommand
{
    public static Command Create(CliHost cli)
    {
        var directory = new Argument<string?>("directory")
        {
            Description = "The inbox the worker watches (default: the Watch:Directory setting)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var staleAfter = new Option<TimeSpan>("--stale-after")
        {
            Description = "Unhealthy when the worker has not written its status for this long (it does every Watch:StatusInterval)",
            DefaultValueFactory = _ => TimeSpan.FromSeconds(60),
        };
        var command = new Command("health", "Say whether the worker of an inbox is alive and working (exit 0) or not (exit 1), from the health file it keeps.");
        command.Arguments.Add(directory);
        command.Options.Add(staleAfter);
        command.SetAction(parse =>
        {
            var watch = cli.CreateBuilder(parse).Configuration.GetSection(WatchOptions.SectionName).Get<WatchOptions>() ?? new WatchOptions();
            if (parse.GetValue(directory) is { Length: > 0 } given)
            {
                watch.Directory = given;
            }

            if (watch.Directory.Length == 0 && watch.StateDirectory.Length == 0)
            {
                cli.Console.WriteError("give the inbox folder the worker watches: ftg health DIR");
                return ExitCodes.Failure;
            }

            var (healthy, reason) = WorkerHealthFile.Judge(WorkerHealthFile.Read(watch.ResolvedStateDirectory), TimeProvider.System.GetUtcNow(), parse.GetValue(staleAfter));
            cli.Console.PlainOut.WriteLine($"{(healthy ? "healthy" : "unhealthy")}: {CliText.Printable(reason)}");
            return healthy ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
