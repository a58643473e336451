using System.ComponentModel.DataAnnotations;

namespace FineTuneGraph.Rules;

/// <summary>Where the rule pack is.</summary>
public sealed class RulesOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Rules";

    /// <summary>
    /// The rule pack folder. A relative path is taken from the current directory; when the default <c>rules</c> is
    /// not there, commands fall back to the <c>rules</c> folder of the checkout.
    /// </summary>
    /// <value>The default value is <c>rules</c>.</value>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Rules:Directory must name the rule pack folder (the default is 'rules').")]
    public string Directory { get; set; } = "rules";
}
