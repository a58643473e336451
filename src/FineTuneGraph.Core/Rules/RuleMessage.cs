namespace FineTuneGraph.Rules;

/// <summary>A diagnostic before it is placed: its stable code and its text.</summary>
internal readonly record struct RuleMessage(string Code, string Text);
