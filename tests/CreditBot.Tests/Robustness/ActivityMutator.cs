using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Robustness;

/// <summary>How a fuzzed request is authenticated.</summary>
public enum FuzzToken
{
    /// <summary>A valid Bot Framework channel token for the fake Connector's serviceUrl.</summary>
    Channel,

    /// <summary>A valid Entra-issued token of the bot's tenant (no <c>serviceurl</c> claim).</summary>
    Entra,

    /// <summary>No Authorization header.</summary>
    None,

    /// <summary>A bearer value that is not a JWT.</summary>
    Garbage,

    /// <summary>A channel token that expired an hour ago.</summary>
    Expired,
}

/// <summary>One fuzzed request: what was done to which sample, the body bytes, and the token to send.</summary>
public sealed record FuzzCase(int Number, string Description, byte[] Body, FuzzToken Token, string ContentType);

/// <summary>
/// A seeded, deterministic mutator of the real Teams payloads of <c>shared/conformance/payloads</c>: case n of seed s is
/// always the same bytes. Each case starts from a sample (pointed at the fake Connector, with its own activity id, and
/// often turned into a question from a credit manager) and gets one to three mutations: fields removed, nulled or of
/// the wrong type, huge strings, deep nesting, odd serviceUrl schemes and hosts, garbage invoke values, odd ids and
/// member lists; then maybe byte-level damage: truncation, invalid UTF-8, duplicate keys, or a body that is no activity.
/// </summary>
public sealed class ActivityMutator
{
    /// <summary>A credit manager of appsettings.json: questions from them reach the figures.</summary>
    public const string CreditManager = "b7d1e0a2-3c4f-4e5a-9b6c-7d8e9f0a1b2c";

    private static readonly string[] Questions =
    [
        "encours acme", "exposure ACME", "ACME est-il bloqué ?", "statut facture FA000032", "mes clients en retard",
        "my clients over limit", "commandes bloquées", "DSO de mon portefeuille", "DSO BU Industrie", "DSO BU Chimie", "DSO Italie",
        "DSO France", "DSO", "comportement de paiement de ACME", "puis-je vendre 50 k€ à ACME à 60 jours ?",
        "can I sell 99999999999999999999 € to ACME at 9999 days?", "coût d'un impayé de 10 000 € à 10 % de marge",
        "cost of a 0 unpaid at 0% margin", "cost of a -5 unpaid at 200% margin", "aide", "help", "encours", "encours C00001",
        "<at>CreditBot</at> encours dupont", "🙂", "\u0000\u0001", "DSO BU " + new string('x', 300),
    ];

    private static readonly string[] OddServiceUrls =
    [
        "file:///etc/passwd", "ftp://127.0.0.1/", "gopher://127.0.0.1:70/", "javascript:alert(1)", "data:text/plain,hi",
        "http://169.254.169.254/latest/meta-data/", "https://evil.example/", "http://127.0.0.2:4443/attacker/",
        "https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net.evil.example/", "http://[::1]:1/",
        "http://user:pass@127.0.0.1:1/", "//no-scheme.example/", "relative/path", "http://", "https://", "http://0/",
        "http://2130706433/", "http://localhost:0/", "https://xn--smb-9na.trafficmanager.net/", "HTTP://EVIL.EXAMPLE/",
        "https://evil.example/%2e%2e/", "https://evil.example:99999/", "\u0000", " ", "",
    ];

    private readonly IReadOnlyList<(string Name, string Text)> samples;
    private readonly int seed;
    private readonly string serviceUrl;

    public ActivityMutator(int seed, string serviceUrl)
    {
        this.seed = seed;
        this.serviceUrl = serviceUrl;
        samples = [.. ActivityBuilder.InboundSamples.Concat(ActivityBuilder.InvalidJsonSamples).Select(name => (name, ActivityBuilder.ReadSample(name)))];
    }

    public FuzzCase Next(int number)
    {
        var random = new Random(unchecked((seed * 1_000_003) + number));
        var (name, text) = samples[random.Next(samples.Count)];
        var description = new List<string> { name };
        byte[] body;
        if (Parse(text) is JsonObject root)
        {
            root["serviceUrl"] = serviceUrl;
            root["id"] = "fuzz-" + number.ToString(CultureInfo.InvariantCulture);
            if (random.NextDouble() < 0.35)
            {
                root["type"] = "message";
                root["text"] = Pick(random, Questions);
                Object(root, "from")["aadObjectId"] = CreditManager;
                description.Add("question");
            }

            var mutations = 1 + random.Next(3);
            var splices = new List<string>();
            for (var i = 0; i < mutations; i++)
            {
                description.Add(Mutate(random, root, splices));
            }

            // What JsonNode cannot write (nesting past its depth limit, lone surrogates) goes in as raw JSON text.
            var json = root.ToJsonString();
            for (var i = 0; i < splices.Count; i++)
            {
                json = json.Replace($"\"{Placeholder(i)}\"", splices[i], StringComparison.Ordinal);
            }

            body = Encoding.UTF8.GetBytes(json);
        }
        else
        {
            // The documented samples that are not JSON (comments, ellipses) go as they are.
            body = Encoding.UTF8.GetBytes(text);
        }

        if (random.NextDouble() < 0.2)
        {
            (body, var damage) = Damage(random, body);
            description.Add(damage);
        }

        var token = random.NextDouble() switch
        {
            < 0.82 => FuzzToken.Channel,
            < 0.88 => FuzzToken.Entra,
            < 0.92 => FuzzToken.None,
            < 0.96 => FuzzToken.Garbage,
            _ => FuzzToken.Expired,
        };
        var contentType = random.NextDouble() < 0.97 ? "application/json" : Pick(random, ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]);
        return new FuzzCase(number, string.Join(" | ", description), body, token, contentType);
    }

    private static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Placeholder(int index) => "@@splice-" + index.ToString(CultureInfo.InvariantCulture) + "@@";

    private static JsonValue Splice(List<string> splices, string rawJson)
    {
        splices.Add(rawJson);
        return JsonValue.Create(Placeholder(splices.Count - 1));
    }

    private string Mutate(Random random, JsonObject root, List<string> splices)
    {
        switch (random.Next(14))
        {
            case 0:
                {
                    var (parent, key, path) = PickSlot(random, root);
                    Remove(parent, key);
                    return "remove " + path;
                }

            case 1:
                {
                    var (parent, key, path) = PickSlot(random, root);
                    Set(parent, key, null);
                    return "null " + path;
                }

            case 2:
            case 3:
                {
                    var (parent, key, path) = PickSlot(random, root);
                    var (value, kind) = WrongType(random);
                    Set(parent, key, value);
                    return $"type {path}={kind}";
                }

            case 4:
                {
                    var (parent, key, path) = PickSlot(random, root);
                    var length = random.Next(4) switch { 0 => 1024, 1 => 10_000, 2 => 100_000, _ => 400_000 };
                    Set(parent, key, HugeString(random, length));
                    return $"huge {path} {length}";
                }

            case 5:
                {
                    var (parent, key, path) = PickSlot(random, root);
                    var depth = random.Next(3) switch { 0 => 20, 1 => 63, _ => 1 + random.Next(5000) };
                    Set(parent, key, Splice(splices, Nested(random, depth)));
                    return $"deep {path} {depth}";
                }

            case 6:
                {
                    var url = random.Next(4) == 0 ? serviceUrl + new string('a', random.Next(10_000)) : Pick(random, OddServiceUrls);
                    root["serviceUrl"] = url;
                    return "serviceUrl " + (url.Length > 60 ? url[..60] + "…" : url);
                }

            case 7:
                return GarbageInvoke(random, root);

            case 8:
                {
                    var value = Pick(random, ["message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction", "event", "typing", "endOfConversation", "MESSAGE", "", " ", "trace", "handoff", new string('t', 5000)]);
                    root["type"] = value;
                    return "activity type " + (value.Length > 20 ? value[..20] + "…" : value);
                }

            case 9:
                {
                    var id = Pick(random, ["", " ", "../../v3/teams/x", "a/b?c#d", "%2F%2E%2E", "19:x@thread.skype;messageid=1", "a:" + new string('x', 1021), "a:" + new string('x', 1022), new string('é', 600), "\u0000", "lone surrogate"]);
                    Object(root, "conversation")["id"] = id == "lone surrogate" ? Splice(splices, "\"a:\\ud800\"") : id;
                    return "conversation id " + (id.Length > 20 ? id[..20] + $"… ({id.Length})" : id);
                }

            case 10:
                {
                    var list = Pick(random, ["membersAdded", "membersRemoved", "entities", "attachments"]);
                    JsonNode? value = random.Next(6) switch
                    {
                        0 => new JsonArray((JsonNode?)null),
                        1 => new JsonArray(JsonValue.Create(5), JsonValue.Create("x")),
                        2 => new JsonArray(new JsonObject(), new JsonObject { ["id"] = null, ["type"] = null, ["mentioned"] = null, ["contentType"] = null, ["content"] = null }),
                        3 => new JsonArray(new JsonObject { ["id"] = Object(root, "recipient")["id"]?.DeepClone() }, null),
                        4 => new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>", ["mentioned"] = new JsonObject { ["id"] = Object(root, "recipient")["id"]?.DeepClone() } }),
                        _ => JsonValue.Create("not a list"),
                    };
                    root[list] = value;
                    return $"{list} odd";
                }

            case 11:
                {
                    var who = Pick(random, ["from", "recipient", "conversation", "channelData"]);
                    root[who] = random.Next(3) switch { 0 => new JsonObject(), 1 => JsonValue.Create(who), _ => new JsonArray() };
                    return who + " replaced";
                }

            case 12:
                {
                    var field = Pick(random, ["locale", "timestamp", "localTimestamp", "textFormat", "replyToId", "action", "name", "channelId"]);
                    root[field] = Pick(random, ["", "zz-ZZ", "fr", "9999-99-99T99:99:99Z", "2026-11-23T09:00:00+25:00", "add", "remove", "remove-upgrade", new string('z', 3000), "\u202e"]);
                    return "odd " + field;
                }

            default:
                {
                    root["text"] = random.Next(4) switch
                    {
                        0 => HugeString(random, 50_000),
                        1 => "\r\n\t\u0000\u001b[31m",
                        2 => Splice(splices, Pick(random, ["\"encours \\ud83d\"", "\"\\udc00\\ud800 DSO\"", "\"aide\\u0000\""])),
                        _ => Pick(random, Questions) + " " + HugeString(random, 200),
                    };
                    return "odd text";
                }
        }
    }

    private static string GarbageInvoke(Random random, JsonObject root)
    {
        root["type"] = "invoke";
        root["name"] = Pick(random, ["adaptiveCard/action", "adaptiveCard/action", "composeExtension/query", "task/fetch", "signin/verifyState", "", "ADAPTIVECARD/ACTION"]);
        JsonNode? verb = random.Next(4) switch { 0 => "client.pick", 1 => JsonValue.Create(42), 2 => null, _ => HugeString(random, 2000) };
        JsonNode? data = random.Next(6) switch
        {
            0 => new JsonObject { ["clientCode"] = "C00001", ["question"] = "encours acme" },
            1 => new JsonObject { ["clientCode"] = null, ["question"] = null },
            2 => new JsonObject { ["clientCode"] = 5, ["question"] = new JsonArray() },
            3 => new JsonObject { ["clientCode"] = HugeString(random, 5000), ["question"] = HugeString(random, 50_000) },
            4 => JsonValue.Create("data"),
            _ => new JsonArray(1, 2, 3),
        };
        root["value"] = random.Next(6) switch
        {
            0 => JsonValue.Create("garbage"),
            1 => JsonValue.Create(3.14),
            2 => new JsonArray(),
            3 => new JsonObject { ["action"] = 5 },
            4 => new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Submit", ["data"] = data } },
            _ => new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" },
        };
        return "invoke value " + root["value"]!.GetValueKind();
    }

    private static (byte[] Body, string Damage) Damage(Random random, byte[] body)
    {
        switch (random.Next(4))
        {
            case 0:
                {
                    var at = random.Next(body.Length + 1);
                    return (body[..at], $"truncated at {at}/{body.Length}");
                }

            case 1:
                {
                    // Inside a string value: after a quote that opens one.
                    var quotes = Enumerable.Range(0, body.Length).Where(i => body[i] == (byte)'"').ToList();
                    var at = quotes.Count == 0 ? 0 : quotes[random.Next(quotes.Count)] + 1;
                    byte[] bad = Pick(random, [new byte[] { 0xFF }, [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80]]);
                    return ([.. body[..at], .. bad, .. body[at..]], $"invalid UTF-8 at {at}");
                }

            case 2:
                {
                    var key = Pick(random, ["type", "serviceUrl", "conversation", "from", "value", "text", "membersAdded", "channelData"]);
                    var value = Pick(random, ["null", "\"invoke\"", "{}", "[]", "{\"id\":\"dup\"}", "\"https://evil.example/\"", "[null]", "5"]);
                    var duplicate = Encoding.UTF8.GetBytes($"\"{key}\":{value},");
                    var at = Array.IndexOf(body, (byte)'{') + 1;
                    return ([.. body[..at], .. duplicate, .. body[at..]], $"duplicate key {key}={value}");
                }

            default:
                {
                    var raw = random.Next(8) switch
                    {
                        0 => string.Empty,
                        1 => "null",
                        2 => "[]",
                        3 => "\"message\"",
                        4 => "{}",
                        5 => "{\"type\":\"message\"}",
                        6 => new string('[', 100_000),
                        _ => Convert.ToBase64String(RandomBytes(random, 300)),
                    };
                    return (Encoding.UTF8.GetBytes(raw), "body replaced by " + (raw.Length > 20 ? raw[..20] + "…" : raw));
                }
        }
    }

    private static (JsonNode? Value, string Kind) WrongType(Random random) => random.Next(9) switch
    {
        0 => (JsonValue.Create(0), "0"),
        1 => (JsonValue.Create(-1.5e308), "-1.5e308"),
        2 => (JsonValue.Create(true), "true"),
        3 => (JsonValue.Create(string.Empty), "\"\""),
        4 => (new JsonArray(), "[]"),
        5 => (new JsonObject(), "{}"),
        6 => (new JsonArray(null, 1, "x"), "[null,1,\"x\"]"),
        7 => (JsonValue.Create("12345678901234567890123456789012345678901234567890"), "long digits"),
        _ => (new JsonObject { ["id"] = 7, ["type"] = new JsonArray() }, "{id:7}"),
    };

    private static string HugeString(Random random, int length)
    {
        string[] alphabet = random.Next(4) switch
        {
            0 => ["a", "b", "c", "x", "y", "z", " "],
            1 => ["é", "à", "ü", "ç", "œ", "€", "’", "«", "»"],
            2 => ["🙂", "👍🏽", "𝕏"],
            _ => ["\u0000", "\u0007", "\n", "\r", "\t", "\"", "\\", "<", ">", "&", "%"],
        };
        var builder = new StringBuilder(length + 8);
        while (builder.Length < length)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }

    private static string Nested(Random random, int depth)
    {
        var closing = new Stack<char>();
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            var array = random.Next(2) == 0;
            text.Append(array ? "[" : "{\"n\":");
            closing.Push(array ? ']' : '}');
        }

        text.Append("\"bottom\"");
        while (closing.Count > 0)
        {
            text.Append(closing.Pop());
        }

        return text.ToString();
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private static (JsonNode Parent, object Key, string Path) PickSlot(Random random, JsonObject root)
    {
        var slots = new List<(JsonNode, object, string)>();
        Collect(root, "$", slots);
        return slots[random.Next(slots.Count)];
    }

    private static void Collect(JsonNode node, string path, List<(JsonNode, object, string)> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    slots.Add((obj, key, path + "." + key));
                    if (value is not null)
                    {
                        Collect(value, path + "." + key, slots);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    slots.Add((array, i, $"{path}[{i}]"));
                    if (array[i] is { } item)
                    {
                        Collect(item, $"{path}[{i}]", slots);
                    }
                }

                break;
        }
    }

    private static void Remove(JsonNode parent, object key)
    {
        if (parent is JsonObject obj)
        {
            obj.Remove((string)key);
        }
        else if (parent is JsonArray array)
        {
            array.RemoveAt((int)key);
        }
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject obj)
        {
            obj[(string)key] = value;
        }
        else if (parent is JsonArray array)
        {
            array[(int)key] = value;
        }
    }

    private static JsonObject Object(JsonObject root, string property)
    {
        if (root[property] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        root[property] = created;
        return created;
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
