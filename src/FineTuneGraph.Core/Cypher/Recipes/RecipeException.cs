namespace FineTuneGraph.Cypher.Recipes;

/// <summary>A recipe that cannot be used as asked: an unknown recipe, or a missing, unknown or mistyped parameter.</summary>
public sealed class RecipeException : Exception
{
    /// <summary>Creates the exception with a message meant for the user.</summary>
    public RecipeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message meant for the user.</summary>
    public RecipeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RecipeException()
    {
    }
}
