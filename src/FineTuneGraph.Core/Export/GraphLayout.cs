namespace FineTuneGraph.Export;

/// <summary>
/// A deterministic force layout (Fruchterman–Reingold from a circle, no randomness) for the small graph of
/// <c>graph.html</c>: the same graph always gets the same picture, and the page only draws what is computed here.
/// </summary>
public static class GraphLayout
{
    private const int Iterations = 300;
    // Room for the name written under a node, and half a name's width at the sides.
    private const double MarginX = 50;
    private const double MarginY = 16;

    /// <summary>Positions for nodes of the given radii joined by <paramref name="edges"/> (node indexes), inside the returned size.</summary>
    public static (IReadOnlyList<(double X, double Y)> Positions, double Width, double Height) Place(IReadOnlyList<double> radii, IReadOnlyList<(int From, int To)> edges)
    {
        var n = radii.Count;
        var width = 960.0;
        var height = 640.0;
        var x = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var angle = 2 * Math.PI * i / Math.Max(n, 1);
            x[i] = (width / 2) + (Math.Min(width, height) * 0.4 * Math.Cos(angle));
            y[i] = (height / 2) + (Math.Min(width, height) * 0.4 * Math.Sin(angle));
        }

        var k = 0.8 * Math.Sqrt(width * height / Math.Max(n, 1));
        var dx = new double[n];
        var dy = new double[n];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    var (ux, uy, distance) = Between(x, y, i, j);
                    var force = k * k / distance;
                    dx[i] += ux * force;
                    dy[i] += uy * force;
                    dx[j] -= ux * force;
                    dy[j] -= uy * force;
                }
            }

            foreach (var (from, to) in edges)
            {
                var (ux, uy, distance) = Between(x, y, from, to);
                var force = distance * distance / k / Math.Max(1, Math.Sqrt(edges.Count / (double)Math.Max(n, 1)));
                dx[from] -= ux * force;
                dy[from] -= uy * force;
                dx[to] += ux * force;
                dy[to] += uy * force;
            }

            var temperature = width / 10 * (1 - (iteration / (double)Iterations));
            for (var i = 0; i < n; i++)
            {
                // A pull to the centre keeps unconnected nodes on the page.
                dx[i] -= (x[i] - (width / 2)) * 0.02 * k;
                dy[i] -= (y[i] - (height / 2)) * 0.02 * k;
                var length = Math.Sqrt((dx[i] * dx[i]) + (dy[i] * dy[i]));
                if (length > 0)
                {
                    var step = Math.Min(length, temperature);
                    x[i] = Math.Clamp(x[i] + (dx[i] / length * step), radii[i] + MarginX, width - radii[i] - MarginX);
                    y[i] = Math.Clamp(y[i] + (dy[i] / length * step), radii[i] + MarginY, height - radii[i] - MarginY - 10);
                }
            }
        }

        return ([.. Enumerable.Range(0, n).Select(i => (Math.Round(x[i], 1), Math.Round(y[i], 1)))], width, height);
    }

    private static (double X, double Y, double Distance) Between(double[] x, double[] y, int i, int j)
    {
        var ddx = x[i] - x[j];
        var ddy = y[i] - y[j];
        var distance = Math.Sqrt((ddx * ddx) + (ddy * ddy));
        if (distance < 0.01)
        {
            // Two nodes on the same spot: push them apart along a fixed direction that depends on their indexes.
            var angle = (i * 7 + j * 13) % 360 * Math.PI / 180;
            return (Math.Cos(angle), Math.Sin(angle), 0.01);
        }

        return (ddx / distance, ddy / distance, distance);
    }
}
