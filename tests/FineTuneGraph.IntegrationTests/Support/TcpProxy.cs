using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FineTuneGraph.IntegrationTests.Support;

/// <summary>
/// A loopback TCP proxy in front of the test server, for faults without touching the server: <see cref="Close"/>
/// refuses new connections and cuts open ones (the server is "down"), <see cref="Open"/> brings it back on the same
/// port. Records the HTTP request lines and the bytes clients send.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _connections = [];
    private readonly Lock _gate = new();
    private readonly List<string> _requestLines = [];
    private readonly StringBuilder _sent = new();
    private TcpListener? _listener;
    private CancellationTokenSource _stop = new();

    public TcpProxy(int targetPort)
    {
        _target = new IPEndPoint(IPAddress.Loopback, targetPort);
        Port = Neo4jTestServer.UnusedPort();
        Open();
    }

    public int Port { get; }

    /// <summary>How long each chunk of a reply waits before it is passed on (a slow network).</summary>
    public TimeSpan Delay { get; set; }

    public string Uri => $"http://127.0.0.1:{Port}";

    /// <summary>The request lines forwarded so far (e.g. <c>GET / HTTP/1.1</c>).</summary>
    public IReadOnlyList<string> RequestLines
    {
        get
        {
            lock (_gate)
            {
                return _requestLines.ToArray();
            }
        }
    }

    /// <summary>How often <paramref name="text"/> occurs in what clients sent (request bodies included).</summary>
    public int CountSent(string text)
    {
        lock (_gate)
        {
            var sent = _sent.ToString();
            var count = 0;
            for (var at = sent.IndexOf(text, StringComparison.Ordinal); at >= 0; at = sent.IndexOf(text, at + text.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }

    /// <summary>Starts accepting connections (again).</summary>
    public void Open()
    {
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptAsync(_listener, _stop.Token);
    }

    /// <summary>Stops listening and cuts every open connection: clients see connection refused or reset.</summary>
    public void Close()
    {
        _stop.Cancel();
        _listener?.Stop();
        Reset();
    }

    /// <summary>Cuts every open connection with a reset, as a dying server or a broken network does; new ones are accepted.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            foreach (var connection in _connections)
            {
                try
                {
                    // A reset rather than an orderly close, as when a server process dies.
                    connection.Client?.LingerState = new LingerOption(true, 0);
                }
                catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
                {
                }

                connection.Dispose();
            }

            _connections.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        Close();
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(client, cancellationToken);
        }
    }

    private async Task ForwardAsync(TcpClient client, CancellationToken cancellationToken)
    {
        var upstream = new TcpClient();
        lock (_gate)
        {
            _connections.Add(client);
            _connections.Add(upstream);
        }

        try
        {
            await upstream.ConnectAsync(_target, cancellationToken);
            await Task.WhenAny(
                PumpAsync(client.GetStream(), upstream.GetStream(), recordRequests: true, cancellationToken),
                PumpAsync(upstream.GetStream(), client.GetStream(), recordRequests: false, cancellationToken, delayed: true));
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // A cut connection is what Close is for.
        }
        finally
        {
            lock (_gate)
            {
                _connections.Remove(client);
                _connections.Remove(upstream);
            }

            client.Dispose();
            upstream.Dispose();
        }
    }

    private async Task PumpAsync(Stream from, Stream to, bool recordRequests, CancellationToken cancellationToken, bool delayed = false)
    {
        var buffer = new byte[16384];
        try
        {
            while (await from.ReadAsync(buffer, cancellationToken) is var read and > 0)
            {
                if (recordRequests)
                {
                    Record(buffer.AsSpan(0, read));
                }

                if (delayed && Delay > TimeSpan.Zero)
                {
                    await Task.Delay(Delay, cancellationToken);
                }

                await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
    }

    private void Record(ReadOnlySpan<byte> chunk)
    {
        // Request lines start a chunk in practice: the client writes each request's headers in one write.
        lock (_gate)
        {
            _sent.Append(Encoding.UTF8.GetString(chunk));
        }

        var text = Encoding.ASCII.GetString(chunk[..Math.Min(chunk.Length, 200)]);
        var end = text.IndexOf("\r\n", StringComparison.Ordinal);
        if (end > 0 && text[..end].EndsWith(" HTTP/1.1", StringComparison.Ordinal) && text[..end].Split(' ') is [var method, _, _] && method is "GET" or "POST" or "DELETE" or "PUT")
        {
            lock (_gate)
            {
                _requestLines.Add(text[..end]);
            }
        }
    }
}
