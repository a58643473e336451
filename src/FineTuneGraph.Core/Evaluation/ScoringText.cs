using System.Text;

namespace FineTuneGraph.Evaluation;

/// <summary>The text normalisations of the scoring rules.</summary>
internal static class ScoringText
{
    /// <summary>Lower case with every character that is not a letter or digit removed: "Llama-2" and "llama 2" → "llama2".</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The words of a text, each normalised as by <see cref="Normalize"/>: words end where <see cref="Normalize"/>
    /// removes a character, so "Llama 2-Chat 70B" → {llama, 2, chat, 70b}.
    /// </summary>
    public static HashSet<string> Words(string? text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(Normalize(text[start..i]));
                start = -1;
            }
        }

        return words;
    }

    /// <summary>A result value with every character other than 0–9 and '.' removed: "58.8%" → "58.8".</summary>
    public static string Digits(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is (>= '0' and <= '9') or '.')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The normalised name and mentions of an entity, without empty forms (they would match anything empty).</summary>
    public static HashSet<string> Forms(GoldEntity entity)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        AddForm(forms, entity.Name);
        foreach (var mention in entity.Mentions)
        {
            AddForm(forms, mention);
        }

        return forms;
    }

    private static void AddForm(HashSet<string> forms, string? text)
    {
        var form = Normalize(text);
        if (form.Length > 0)
        {
            forms.Add(form);
        }
    }
}
