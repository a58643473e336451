using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using FineTuneGraph.Cypher.Recipes;
using FineTuneGraph.Neo4j;
using Spectre.Console;

namespace FineTuneGraph.Cli.Commands;

/// <summary><c>ftg recipes list|run|show</c>: the Cypher recipes in <c>cypher/recipes/</c>, the product's query API.</summary>
internal static class RecipesCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create(CliHost cli)
    {
        var command = new Command("recipes", "The Cypher recipes: questions to ask the graph (cypher/recipes/). List them, run one, or show it ready to paste into Neo4j Browser.");
        command.Subcommands.Add(List(cli));
        command.Subcommands.Add(Run(cli));
        command.Subcommands.Add(Show(cli));
        return command;
    }

    private static Option<string[]> ParamOption() => new("--param")
    {
        Description = "A parameter value, NAME=VALUE (repeat for several); the others keep their defaults",
        HelpName = "NAME=VALUE",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static Option<string> FormatOption(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static Command List(CliHost cli)
    {
        var format = FormatOption("table", "json");
        var command = new Command("list", "List the recipes: name, what each answers, its parameters (type and default) and an example.");
        command.Options.Add(format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = await cli.StartAsync(parse, cancellationToken).ConfigureAwait(false);
            var recipes = app.Get<RecipeCatalog>().All;
            if (parse.GetValue(format) == "json")
            {
                var document = new
                {
                    recipes = recipes.Select(r => new
                    {
                        name = r.Name,
                        description = r.Description,
                        parameters = r.Parameters.Select(p => new { name = p.Name, type = p.TypeName, @default = p.Default }),
                    }),
                };
                cli.Console.PlainOut.WriteLine(JsonSerializer.Serialize(document, Json));
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("Recipe", "Answers", "Parameters", "Example");
            foreach (var recipe in recipes)
            {
                table.AddRow(
                    CliText.Safe(recipe.Name),
                    CliText.Safe(recipe.Description),
                    CliText.Safe(string.Join("\n", recipe.Parameters.Select(p => p.Signature)), keepLineBreaks: true),
                    CliText.Safe(recipe.Example));
            }

            cli.Console.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Run(CliHost cli)
    {
        var name = new Argument<string>("name") { Description = "The recipe (./ftg recipes list)" };
        var parameters = ParamOption();
        var format = FormatOption("table", "json", "csv");
        var command = new Command("run", "Run a recipe against the graph. It runs in a transaction that is always rolled back, so a recipe cannot change the graph.");
        command.Arguments.Add(name);
        command.Options.Add(parameters);
        command.Options.Add(format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = await cli.StartAsync(parse, cancellationToken).ConfigureAwait(false);
            var recipe = app.Get<RecipeCatalog>().Find(parse.GetValue(name)!);
            var values = recipe.Bind(ParseParameters(recipe, parse.GetValue(parameters)));
            var result = await app.Get<RecipeRunner>().RunAsync(recipe, values, app.Stopping).ConfigureAwait(false);
            switch (parse.GetValue(format))
            {
                case "json":
                    WriteJson(cli.Console.PlainOut, result);
                    break;
                case "csv":
                    WriteCsv(cli.Console.PlainOut, result);
                    break;
                default:
                    WriteTable(cli, recipe, result);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(CliHost cli)
    {
        var name = new Argument<string>("name") { Description = "The recipe (./ftg recipes list)" };
        var parameters = ParamOption();
        var command = new Command("show", "Print a recipe's Cypher with its parameters filled in as literals, ready to paste into Neo4j Browser.");
        command.Arguments.Add(name);
        command.Options.Add(parameters);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = await cli.StartAsync(parse, cancellationToken).ConfigureAwait(false);
            var recipe = app.Get<RecipeCatalog>().Find(parse.GetValue(name)!);
            var values = recipe.Bind(ParseParameters(recipe, parse.GetValue(parameters)));
            cli.Console.PlainOut.Write(recipe.Render(values));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Dictionary<string, string> ParseParameters(Recipe recipe, string[]? given)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in given ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new RecipeException($"--param '{pair}' is not NAME=VALUE. {recipe.ParameterList()}");
            }

            parameters[pair[..equals].Trim()] = pair[(equals + 1)..];
        }

        return parameters;
    }

    private static void WriteTable(CliHost cli, Recipe recipe, CypherResult result)
    {
        if (result.Rows.Count == 0)
        {
            cli.Console.Out.WriteLine(CliText.Printable($"No rows: the graph has no answer to '{recipe.Name}' with these parameters."));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in result.Columns)
        {
            table.AddColumn(CliText.Safe(column));
        }

        foreach (var row in result.Rows)
        {
            table.AddRow(row.Select(v => CliText.Safe(RecipeValueText.Format(v))).ToArray());
        }

        cli.Console.Out.Write(table);
        cli.Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Rows.Count:N0} row(s)"));
    }

    private static void WriteJson(TextWriter writer, CypherResult result)
    {
        var rows = result.Rows.Select(row => result.Columns.Select((c, i) => (c, row[i])).ToDictionary(x => x.c, x => x.Item2));
        writer.WriteLine(JsonSerializer.Serialize(new { columns = result.Columns, rows }, Json));
    }

    private static void WriteCsv(TextWriter writer, CypherResult result)
    {
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, true);
        csv.WriteHeader(result.Columns.ToArray());
        foreach (var row in result.Rows)
        {
            csv.WriteRecord(row.Select(RecipeValueText.Format).ToArray());
        }
    }
}
