namespace FineTuneGraph.Evaluation;

/// <summary>
/// Maximum one-to-one matching between gold items (left) and predictions (right), by augmenting paths (Kuhn).
/// Greedy matching can under-count: a prediction that matches two gold items may take the one that a second
/// prediction could only have matched. O(left × edges) is nothing at the size of one paper.
/// </summary>
internal static class BipartiteMatching
{
    /// <summary>For each left item, the index of its right item, or -1 when it has none.</summary>
    public static int[] Maximum(int leftCount, int rightCount, Func<int, int, bool> connected)
    {
        var neighbours = new List<int>[leftCount];
        for (var left = 0; left < leftCount; left++)
        {
            neighbours[left] = [];
            for (var right = 0; right < rightCount; right++)
            {
                if (connected(left, right))
                {
                    neighbours[left].Add(right);
                }
            }
        }

        var leftOf = new int[rightCount];
        Array.Fill(leftOf, -1);
        var visited = new bool[rightCount];
        for (var left = 0; left < leftCount; left++)
        {
            Array.Clear(visited);
            Augment(left, neighbours, leftOf, visited);
        }

        var rightOf = new int[leftCount];
        Array.Fill(rightOf, -1);
        for (var right = 0; right < rightCount; right++)
        {
            if (leftOf[right] >= 0)
            {
                rightOf[leftOf[right]] = right;
            }
        }

        return rightOf;
    }

    private static bool Augment(int left, List<int>[] neighbours, int[] leftOf, bool[] visited)
    {
        foreach (var right in neighbours[left])
        {
            if (visited[right])
            {
                continue;
            }

            visited[right] = true;
            if (leftOf[right] < 0 || Augment(leftOf[right], neighbours, leftOf, visited))
            {
                leftOf[right] = left;
                return true;
            }
        }

        return false;
    }
}
