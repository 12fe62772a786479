namespace CreditBot.BotFramework;

/// <summary>A Connector call failed in a way the caller cannot handle as an outcome (after retries).</summary>
public sealed class ConnectorException : Exception
{
    /// <summary>Creates the exception from the Connector's error.</summary>
    public ConnectorException(string operation, ConnectorError error)
        : base($"Bot Connector {operation} failed: {(int)(error ?? throw new ArgumentNullException(nameof(error))).Status} {error.Code}".TrimEnd())
    {
        Operation = operation;
        Error = error;
    }

    /// <summary>Creates the exception.</summary>
    public ConnectorException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ConnectorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The operation that failed (<c>send</c>, <c>reply</c>, ...).</summary>
    public string? Operation { get; }

    /// <summary>The Connector's error, when it answered.</summary>
    public ConnectorError? Error { get; }
}
