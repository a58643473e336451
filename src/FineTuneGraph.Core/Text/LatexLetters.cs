namespace FineTuneGraph.Text;

/// <summary>
/// Greek letters written as LaTeX commands in abstracts ("$\Psi$PO", "Mistral-ORPO-$\alpha$", "\beta-VAE"), read as
/// the letters they print, so a name spelt either way is one name.
/// </summary>
internal static class LatexLetters
{
    private static readonly Dictionary<string, char> Letters = new(StringComparer.Ordinal)
    {
        ["alpha"] = 'α', ["beta"] = 'β', ["gamma"] = 'γ', ["delta"] = 'δ', ["epsilon"] = 'ε', ["varepsilon"] = 'ε',
        ["zeta"] = 'ζ', ["eta"] = 'η', ["theta"] = 'θ', ["iota"] = 'ι', ["kappa"] = 'κ', ["lambda"] = 'λ', ["mu"] = 'μ',
        ["nu"] = 'ν', ["xi"] = 'ξ', ["pi"] = 'π', ["rho"] = 'ρ', ["sigma"] = 'σ', ["tau"] = 'τ', ["upsilon"] = 'υ',
        ["phi"] = 'φ', ["varphi"] = 'φ', ["chi"] = 'χ', ["psi"] = 'ψ', ["omega"] = 'ω',
        ["Gamma"] = 'Γ', ["Delta"] = 'Δ', ["Theta"] = 'Θ', ["Lambda"] = 'Λ', ["Xi"] = 'Ξ', ["Pi"] = 'Π', ["Sigma"] = 'Σ',
        ["Upsilon"] = 'Υ', ["Phi"] = 'Φ', ["Psi"] = 'Ψ', ["Omega"] = 'Ω',
    };

    /// <summary>
    /// At <paramref name="at"/>, "\name" or "$\name$" of a Greek letter (the command not followed by another letter):
    /// the letter and how many characters it takes; (default, 0) otherwise.
    /// </summary>
    public static (char Letter, int Length) At(string text, int at)
    {
        var start = at;
        var dollar = text[at] == '$';
        if (dollar)
        {
            at++;
        }

        if (at >= text.Length || text[at] != '\\')
        {
            return default;
        }

        var nameStart = ++at;
        while (at < text.Length && char.IsAsciiLetter(text[at]) && at - nameStart <= 10)
        {
            at++;
        }

        if (at == nameStart || !Letters.TryGetValue(text[nameStart..at], out var letter))
        {
            return default;
        }

        if (dollar)
        {
            if (at >= text.Length || text[at] != '$')
            {
                return default;
            }

            at++;
        }

        return (letter, at - start);
    }
}
