using System.Collections.Concurrent;
using LiteDB;

namespace CreditBot.Storage;

/// <summary>
/// The language each person chose in chat ("english please", "en français"), by Entra object id. It wins over the
/// Teams client's locale, and is what messages the bot sends first are written in.
/// </summary>
public sealed class LanguagePreferenceStore
{
    private readonly ILiteCollection<LanguagePreference> _preferences;

    // Read on every turn: what this process knows, so a turn costs no read of the file (this process owns the collection).
    private readonly ConcurrentDictionary<string, string?> _known = new(StringComparer.OrdinalIgnoreCase);

    public LanguagePreferenceStore(CreditDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        database.Mapper.Entity<LanguagePreference>().Id(p => p.ObjectId, autoId: false);
        _preferences = database.Collection<LanguagePreference>("language_preferences");
    }

    /// <summary>The chosen language (<c>fr</c> or <c>en</c>), or null when the person never chose.</summary>
    public string? Find(string objectId)
    {
        if (string.IsNullOrEmpty(objectId))
        {
            return null;
        }

        return _known.GetOrAdd(objectId, id => _preferences.FindById(id)?.Language);
    }

    public void Set(string objectId, string language, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        _preferences.Upsert(new LanguagePreference { ObjectId = objectId, Language = language, ChangedAt = at.UtcDateTime });
        _known[objectId] = language;
    }

    public sealed class LanguagePreference
    {
        public string ObjectId { get; set; } = string.Empty;

        public string Language { get; set; } = string.Empty;

        public DateTime ChangedAt { get; set; }
    }
}
