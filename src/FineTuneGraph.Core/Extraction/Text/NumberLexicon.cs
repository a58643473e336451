namespace FineTuneGraph.Extraction;

/// <summary>The words <see cref="NumberFinder"/> reads around a number.</summary>
internal static class NumberLexicon
{
    /// <summary>Words after which a plain integer is a score: "accuracy of 72", "improves to 72", "F1 = 85".</summary>
    public static readonly WordSet Triggers = new(
        "of", "to", "at", "reaches", "reach", "reached", "reaching", "achieves", "achieve", "achieved", "achieving",
        "scores", "score", "scored", "scoring", "attains", "attain", "attained", "attaining", "obtains", "obtained",
        "obtaining", "exceeds", "exceed", "exceeding", "surpasses", "surpass", "surpassing");

    /// <summary>Hedges allowed between a trigger and its number: "of about 72".</summary>
    public static readonly WordSet Qualifiers = new(
        "about", "around", "approximately", "approx", "roughly", "nearly", "almost", "only", "just", "over", "above",
        "below", "under", "merely");

    /// <summary>
    /// Heads that make the number after "of"/"=" a setting or a count, not a result: "rank of 8", "temperature of
    /// 0.7", "a total of 12", "p = 0.01".
    /// </summary>
    public static readonly WordSet SettingHeads = new(
        "rank", "size", "temperature", "dropout", "decay", "epochs", "epoch", "steps", "step", "seed", "length",
        "window", "dimension", "dimensionality", "dim", "layers", "heads", "top-p", "top-k", "alpha", "beta", "gamma",
        "lambda", "tau", "epsilon", "eta", "momentum", "warmup", "budget", "threshold", "total", "number", "set", "suite",
        "series", "collection", "pair", "group", "subset", "out", "lr", "bs", "p-value", "p-values", "version", "α", "β",
        "γ", "λ", "τ", "ε", "η", "temp", "horizon", "depth", "width", "capacity", "sample", "samples", "corpus");

    /// <summary>One-letter variables whose value is a statistic of a result, not a setting: "r = 0.85", "κ = 0.7".</summary>
    public static readonly WordSet ResultVariables = new("r", "R", "ρ", "κ");

    /// <summary>References whose numbers are no results: "Table 2", "Section 3.2", "Fig. 4".</summary>
    public static readonly WordSet References = new(
        "section", "sections", "sec", "sect", "secs", "table", "tables", "tab", "tbl", "figure", "figures", "fig", "figs",
        "eq", "eqs", "equation", "equations", "appendix", "app", "chapter", "ch", "theorem", "thm", "lemma", "corollary",
        "proposition", "prop", "definition", "def", "algorithm", "alg", "line", "lines", "page", "pages", "p", "pp",
        "step", "version", "ver", "v", "no", "nr", "item", "arxiv", "doi", "isbn", "vol", "volume", "issue", "part",
        "listing", "footnote", "remark", "claim", "assumption", "example");

    /// <summary>Metric names that may sit right before a score ("BLEU 34.5") or between a number and "points".</summary>
    public static readonly WordSet Metrics = new(
        "accuracy", "acc", "f1", "f1-score", "bleu", "sacrebleu", "rouge", "rouge-1", "rouge-2", "rouge-l", "meteor",
        "chrf", "chrf++", "cider", "bertscore", "em", "exact", "match", "exact-match", "auc", "auroc", "auprc", "map",
        "mrr", "ndcg", "elo", "pass@1", "pass@k", "precision", "recall", "perplexity", "ppl", "wer", "cer", "fid",
        "absolute", "average", "avg", "mean", "macro", "micro", "overall", "top-1", "top-5", "win", "rate", "score",
        "mauve", "spice", "ter", "kappa", "correlation", "spearman", "pearson", "gleu", "sari");

    /// <summary>Words that may follow a triggered integer score; anything else is taken as a counted noun ("to 70 languages").</summary>
    public static readonly WordSet ScoreFollowers = new(
        "on", "in", "for", "and", "or", "with", "while", "compared", "vs", "versus", "over", "across", "against",
        "than", "when", "whereas", "but", "as", "relative", "respectively", "without", "within", "under", "among",
        "after", "using", "by", "at", "from", "to", "which", "outperforming", "surpassing", "beating", "exceeding",
        "matching", "is", "was", "are", "were", "despite", "even", "up", "whilst", "nearly",
        "accuracy", "acc", "f1", "bleu", "rouge", "rouge-l", "em", "exact", "score", "mean", "macro", "micro", "auc",
        "auroc", "map", "mrr", "ndcg", "elo", "pass@1", "pass@k", "average", "overall", "absolute", "meteor", "chrf",
        "cider", "bertscore", "win", "precision", "recall");

    /// <summary>Hardware after a multiplier or count: "8x A100", "4 GPUs".</summary>
    public static readonly WordSet Hardware = new(
        "gpu", "gpus", "tpu", "tpus", "cpu", "cpus", "rtx", "nvidia", "node", "nodes", "core", "cores", "gb", "mb", "tb");

    /// <summary>Magnitudes and size words that make a number a parameter or data count: "175 billion", "1.3 B".</summary>
    public static readonly WordSet Magnitudes = new(
        "billion", "million", "trillion", "thousand", "hundred", "bn", "mn", "parameters", "parameter", "params", "param",
        "b", "m", "k", "t");

    /// <summary>Comparatives after "N times" that make it a multiplier: "10 times faster".</summary>
    public static readonly WordSet Comparatives = new(
        "more", "less", "fewer", "the", "as", "speedup", "speed-up", "improvement", "reduction", "increase",
        "acceleration", "gain", "gains", "throughput", "memory", "cost", "compression", "lower", "higher");

    /// <summary>Words ending in "er" that are no comparatives: "5 times after", "3 times per".</summary>
    public static readonly WordSet NotComparatives = new(
        "after", "over", "under", "other", "either", "whether", "rather", "together", "never", "ever", "per", "later",
        "order", "layer", "cluster", "parameter", "encoder", "decoder", "transformer");

    /// <summary>Words before "N times" that make it a multiplier: "by 3 times", "up to 10 times".</summary>
    public static readonly WordSet TimesLeads = new(
        "by", "to", "nearly", "about", "approximately", "roughly", "almost", "around", "over", "than", "achieves",
        "achieving", "achieved", "yields", "yielding", "delivers", "delivering", "provides", "providing", "reaches",
        "reaching", "offers", "offering", "is", "was", "are", "were", "being", "up");

    /// <summary>Count words before "-fold"/"fold": "twofold", "three-fold".</summary>
    public static readonly IReadOnlyList<(string Word, int Value)> FoldWords =
    [
        ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9),
        ("ten", 10), ("twenty", 20), ("hundred", 100), ("thousand", 1000),
    ];
}
