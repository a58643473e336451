using System.Text;
using FineTuneGraph.Corpus;

namespace FineTuneGraph.Extraction;

/// <summary>
/// The key of a name the paper makes (a coined method, a variant, a size): its slug, with each Greek letter spelt out
/// first, so that "ΨPO" is <c>psipo</c> and "Mistral-ORPO-α" is <c>mistral-orpo-alpha</c> rather than losing the letter
/// (and "ΨPO" and "αPO" both becoming <c>po</c>).
/// </summary>
internal static class LocalKey
{
    private const string GreekLowerCase = "αβγδεζηθικλμνξοπρςστυφχψω";

    private static readonly string[] Names =
        ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi",
         "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"];

    public static string Of(string name)
    {
        if (!name.AsSpan().ContainsAnyInRange('\u0370', '\u03FF'))
        {
            return PaperIdentity.Slug(name);
        }

        var spelt = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            var at = GreekLowerCase.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
            if (at >= 0)
            {
                spelt.Append(Names[at]);
            }
            else
            {
                spelt.Append(c);
            }
        }

        return PaperIdentity.Slug(spelt.ToString());
    }
}
