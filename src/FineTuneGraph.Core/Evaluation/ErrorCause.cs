namespace FineTuneGraph.Evaluation;

/// <summary>The likely cause of an error, to tell a rule author where to look; in report order.</summary>
public enum ErrorCause
{
    /// <summary>A gold item with nothing near it in the prediction (a false negative).</summary>
    Missed,

    /// <summary>A predicted item with nothing near it in the gold (a false positive).</summary>
    Spurious,

    /// <summary>A gold entity predicted under another entity kind: the same normalised form, another type.</summary>
    WrongType,

    /// <summary>A gold entity and a predicted entity of the same kind, one's form inside the other's (by characters or by words).</summary>
    WrongBoundary,

    /// <summary>A gold pair and a predicted pair with one end in common and the other end different.</summary>
    WrongPair,

    /// <summary>A gold result and a predicted result with the same digits and a stated field that differs or is missing.</summary>
    WrongField,
}
