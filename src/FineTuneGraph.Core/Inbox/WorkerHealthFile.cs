using System.Text.Json;
using System.Text.Json.Serialization;

namespace FineTuneGraph.Inbox;

/// <summary>
/// The worker's health file (<c>worker.json</c> in its state folder): written atomically on every change and at least
/// every status interval; <c>ftg health</c> and the compose health check read it.
/// </summary>
public static class WorkerHealthFile
{
    /// <summary>The file's name in the state folder.</summary>
    public const string FileName = "worker.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Writes <paramref name="status"/> through a temporary file, so a reader never sees half of it.</summary>
    public static void Write(string stateDirectory, WorkerStatus status)
    {
        Directory.CreateDirectory(stateDirectory);
        var target = Path.Combine(stateDirectory, FileName);
        var temporary = target + $".{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(status, Json));
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>The status last written, or null when there is none (or it cannot be read).</summary>
    public static WorkerStatus? Read(string stateDirectory)
    {
        try
        {
            return JsonSerializer.Deserialize<WorkerStatus>(File.ReadAllText(Path.Combine(stateDirectory, FileName)), Json);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Healthy: a worker wrote its status within <paramref name="staleAfter"/>, and it is neither stopped nor waiting
    /// for something it cannot work without (Neo4j, a valid rule pack).
    /// </summary>
    public static (bool Healthy, string Reason) Judge(WorkerStatus? status, DateTimeOffset now, TimeSpan staleAfter)
    {
        if (status is null)
        {
            return (false, "no worker status (is 'ftg watch' running on this folder?)");
        }

        var age = now - status.UpdatedAt;
        var said = $"{status.State}, {status.Queue} files queued, updated {age.TotalSeconds:0} s ago{(status.Message is { Length: > 0 } m ? $": {m}" : string.Empty)}";
        if (age > staleAfter)
        {
            return (false, $"the worker has not written its status for {age.TotalSeconds:0} s (last: {said})");
        }

        return status.State is WorkerStates.Stopped or WorkerStates.WaitingForNeo4j or WorkerStates.WaitingForRules ? (false, said) : (true, said);
    }
}
