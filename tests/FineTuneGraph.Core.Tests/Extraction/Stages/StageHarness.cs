using FineTuneGraph.Corpus;
using FineTuneGraph.Extraction;

namespace FineTuneGraph.Core.Tests.Extraction.Stages;

/// <summary>
/// Prepares the work a stage runs on: a paper's work after every stage before it in <see cref="ExtractionStages.Default"/>,
/// so that a test runs one stage alone and sees exactly what it adds.
/// </summary>
internal static class StageHarness
{
    /// <summary>The tiny pack, compiled once.</summary>
    public static CompiledRulePack Tiny { get; } = TinyPack.Compile();

    /// <summary>The work on a paper after every stage that comes before <paramref name="stageName"/>.</summary>
    public static ExtractionWork WorkBefore(string stageName, string title, string text, CompiledRulePack? pack = null)
    {
        var work = new ExtractionWork(new PaperDocument(Paper(title, text)), null);
        foreach (var stage in ExtractionStages.Default(pack ?? Tiny))
        {
            if (stage.Name == stageName)
            {
                return work;
            }

            stage.Run(work);
        }

        work.Dispose();
        throw new ArgumentException($"no stage '{stageName}'", nameof(stageName));
    }

    /// <summary>The stage of the default order with this name.</summary>
    public static IExtractionStage Stage(string stageName, CompiledRulePack? pack = null) =>
        ExtractionStages.Default(pack ?? Tiny).Single(stage => stage.Name == stageName);

    /// <summary>The accepted mentions as "Type:key:surface", in text order.</summary>
    public static string[] Mentions(ExtractionWork work) =>
        [.. work.Mentions.InOrder().OrderBy(m => m.Start).Select(m => $"{m.Type}:{m.Key}:{work.Document.Text[m.Start..m.End]}")];

    /// <summary>A paper with this title and abstract.</summary>
    public static Paper Paper(string title, string text) => new()
    {
        Id = PaperIdentity.Slug(title),
        Title = title,
        Abstract = text,
        Source = new SourceLocation("test"),
    };
}
