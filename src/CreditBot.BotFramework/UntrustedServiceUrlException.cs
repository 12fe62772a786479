namespace CreditBot.BotFramework;

/// <summary>
/// A Connector call was aimed at a host the bot token must not go to: neither the service URL of an
/// authenticated activity nor a configured Teams host. Nothing was sent.
/// </summary>
public sealed class UntrustedServiceUrlException : InvalidOperationException
{
    /// <summary>Creates the exception for the refused address.</summary>
    public UntrustedServiceUrlException(Uri? address)
        : base($"Refused to call the Bot Connector at '{address?.GetLeftPart(UriPartial.Authority) ?? "(none)"}': the service URL was not learnt from an authenticated activity and its host is not in BotFramework:TrustedServiceUrlHosts.")
    {
        Address = address;
    }

    /// <summary>Creates the exception.</summary>
    public UntrustedServiceUrlException()
        : this((Uri?)null)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public UntrustedServiceUrlException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The refused address.</summary>
    public Uri? Address { get; }
}
