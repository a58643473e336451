using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Core.Tests.Neo4j;

public sealed class Neo4jErrorClassifierTests
{
    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", Neo4jErrorCategory.Transient)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", Neo4jErrorCategory.Transient)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", Neo4jErrorCategory.Client)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", Neo4jErrorCategory.Client)]
    [InlineData("Neo.ClientError.Statement.ParameterMissing", Neo4jErrorCategory.Client)]
    [InlineData("Neo.ClientError.Security.Unauthorized", Neo4jErrorCategory.Security)]
    [InlineData("Neo.ClientError.Security.AuthenticationRateLimit", Neo4jErrorCategory.Security)]
    [InlineData("Neo.DatabaseError.Schema.ConstraintCreationFailed", Neo4jErrorCategory.Database)]
    [InlineData(Neo4jErrorCodes.Unavailable, Neo4jErrorCategory.Transient)]
    [InlineData(Neo4jErrorCodes.ServerError, Neo4jErrorCategory.Transient)]
    [InlineData(Neo4jErrorCodes.UnexpectedResponse, Neo4jErrorCategory.Client)]
    public void Classify_StatusCode_GivesCategory(string code, Neo4jErrorCategory expected)
    {
        Assert.Equal(expected, Neo4jErrorClassifier.Classify(code));
    }

    [Fact]
    public void IsTransient_OnlyForTransientCategory()
    {
        Assert.True(new Neo4jException("Neo.TransientError.Transaction.LockClientStopped", "x").IsTransient);
        Assert.False(new Neo4jException("Neo.ClientError.Statement.SyntaxError", "x").IsTransient);
    }
}
