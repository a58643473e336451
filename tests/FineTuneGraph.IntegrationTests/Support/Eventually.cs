using System.Diagnostics;

namespace FineTuneGraph.IntegrationTests.Support;

/// <summary>Polls a condition until it holds or a deadline passes; the deadline is the test's bound, not a sleep.</summary>
internal static class Eventually
{
    /// <summary>Waits until <paramref name="condition"/> is true; throws naming <paramref name="what"/> and <paramref name="state"/> when it is not by the deadline.</summary>
    /// <returns>How long it took.</returns>
    public static async Task<TimeSpan> HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, Func<string>? state = null)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (await condition())
            {
                return watch.Elapsed;
            }

            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"Not within {timeout.TotalSeconds:0.#} s: {what}.{(state is null ? string.Empty : Environment.NewLine + state())}");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public static Task<TimeSpan> HoldsAsync(Func<bool> condition, TimeSpan timeout, string what, Func<string>? state = null) =>
        HoldsAsync(() => Task.FromResult(condition()), timeout, what, state);
}
