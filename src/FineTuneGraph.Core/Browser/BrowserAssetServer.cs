using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;

namespace FineTuneGraph.Browser;

/// <summary>
/// Serves <see cref="BrowserAssets"/> on <c>http://localhost:PORT/</c> for Neo4j Browser, which fetches <c>:style</c> and
/// <c>:play</c> URLs from the page's own origin: every answer carries <c>Access-Control-Allow-Origin: *</c>, and the
/// guide's CORS preflight (OPTIONS) is answered. The host name is <c>localhost</c> because that is the one local host
/// on the 3.1 Browser's default whitelist for guides.
/// </summary>
public sealed partial class BrowserAssetServer(ILogger<BrowserAssetServer> logger)
{
    /// <summary>The port <c>ftg browser</c> listens on unless told otherwise.</summary>
    public const int DefaultPort = 7480;

    /// <summary>The base address for <paramref name="port"/>, ending in a slash.</summary>
    public static string BaseAddress(int port) => $"http://localhost:{port}/";

    /// <summary>Starts listening on <paramref name="port"/>; throws <see cref="HttpListenerException"/> when it is taken.</summary>
    public static HttpListener Listen(int port)
    {
        var listener = new HttpListener();
        listener.Prefixes.Add(BaseAddress(port));
        // The same files by address, for `:style` (guides must come from the host name localhost).
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        return listener;
    }

    /// <summary>Answers requests on a started <paramref name="listener"/> until <paramref name="cancellationToken"/> ends, then stops it.</summary>
    public async Task ServeAsync(HttpListener listener, CancellationToken cancellationToken)
    {
        await using var registration = cancellationToken.Register(listener.Stop).ConfigureAwait(false);
        while (!cancellationToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException && cancellationToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                await AnswerAsync(context).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException)
            {
                LogClientGone(logger, context.Request.Url?.AbsolutePath, ex.Message);
            }
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers["Access-Control-Allow-Origin"] = "*";
        response.Headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS";
        // The Browser's guide request asks for its own headers in the preflight; allow what it asks for.
        response.Headers["Access-Control-Allow-Headers"] = request.Headers["Access-Control-Request-Headers"] is { Length: > 0 } asked ? asked : "*";
        response.Headers["Cache-Control"] = "no-cache";
        var path = request.Url?.AbsolutePath.TrimStart('/') ?? string.Empty;
        LogRequest(logger, request.HttpMethod, path);

        if (request.HttpMethod == "OPTIONS")
        {
            response.StatusCode = (int)HttpStatusCode.NoContent;
            response.Close();
            return;
        }

        if (request.HttpMethod is not ("GET" or "HEAD"))
        {
            await WriteAsync(response, HttpStatusCode.MethodNotAllowed, "text/plain; charset=utf-8", "Only GET, HEAD and OPTIONS.\n", body: true).ConfigureAwait(false);
            return;
        }

        if (BrowserAssets.Find(path) is not { } asset)
        {
            await WriteAsync(response, HttpStatusCode.NotFound, "text/plain; charset=utf-8", $"Not found. Served here: /{BrowserAssets.StyleSheetName} and /{BrowserAssets.GuideName}\n", body: true).ConfigureAwait(false);
            return;
        }

        await WriteAsync(response, HttpStatusCode.OK, asset.ContentType, asset.Content, body: request.HttpMethod == "GET").ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpListenerResponse response, HttpStatusCode status, string contentType, string text, bool body)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        response.StatusCode = (int)status;
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        if (body)
        {
            await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
        }

        response.Close();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "browser assets: {Method} /{Path}")]
    private static partial void LogRequest(ILogger logger, string method, string path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "browser assets: the client of /{Path} went away ({Reason})")]
    private static partial void LogClientGone(ILogger logger, string? path, string reason);
}
