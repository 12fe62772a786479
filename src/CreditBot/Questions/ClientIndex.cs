using CreditBot.Storage;

namespace CreditBot.Questions;

/// <summary>
/// The <see cref="ClientMatcher"/> of the current ledger snapshot, built once per import (its
/// indexes take a moment on 10 000 clients; a question takes well under a millisecond).
/// </summary>
public sealed class ClientIndex(LedgerStore ledger)
{
    private readonly Lock _gate = new();
    private (string? Version, ClientMatcher Matcher)? _current;

    public ClientMatcher Matcher
    {
        get
        {
            var version = ledger.FindSnapshot()?.Checksum;
            var current = _current;
            if (current is { } c && c.Version == version)
            {
                return c.Matcher;
            }

            lock (_gate)
            {
                if (_current is not { } again || again.Version != version)
                {
                    _current = (version, new ClientMatcher(ledger.AllClients()));
                }

                return _current.Value.Matcher;
            }
        }
    }
}
