using System.Text.RegularExpressions;

namespace FineTuneGraph.Cli;

/// <summary>The part of an options validation failure a user needs: our own message, which names the setting and its flag or variable.</summary>
internal static partial class ValidationMessage
{
    /// <summary>
    /// DataAnnotations failures read "DataAnnotation validation failed for 'BuildOptions' members: 'BatchSize' with
    /// the error: '…'."; the message in quotes is the one written for users. Other failures are kept as they are.
    /// </summary>
    public static string Of(string failure) => DataAnnotationFailure().Match(failure) is { Success: true } match ? match.Groups["message"].Value : failure;

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '[^']*' with the error: '(?<message>.*)'\.$", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DataAnnotationFailure();
}
