using System.Net;
using System.Text;

namespace FineTuneGraph.Core.Tests.Support;

/// <summary>Answers HTTP requests from a script of (method, path) → responses, and counts the requests.</summary>
internal sealed class ScriptedHttpHandler : HttpMessageHandler
{
    private readonly Dictionary<string, Queue<(HttpStatusCode Status, string Body)>> _script = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public List<HttpRequestMessage> Requests { get; } = [];

    /// <summary>Replaces the answers for a request; they are given in order and the last one repeats.</summary>
    public ScriptedHttpHandler On(HttpMethod method, string path, params (HttpStatusCode Status, string Body)[] answers)
    {
        _script[Key(method, path)] = new(answers);
        return this;
    }

    public int Count(HttpMethod method, string path) => _counts.GetValueOrDefault(Key(method, path));

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var key = Key(request.Method, request.RequestUri!.AbsolutePath);
        Requests.Add(request);
        _counts[key] = _counts.GetValueOrDefault(key) + 1;
        if (!_script.TryGetValue(key, out var queue) || queue.Count == 0)
        {
            throw new InvalidOperationException($"No scripted answer for {key}.");
        }

        var (status, body) = queue.Count > 1 ? queue.Dequeue() : queue.Peek();
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (status == HttpStatusCode.Created)
        {
            response.Headers.Location = new Uri("http://localhost:7474/db/neo4j/tx/7");
        }

        return Task.FromResult(response);
    }

    private static string Key(HttpMethod method, string path) => $"{method} {path}";
}
